import { APPROVER_GROUPS_FIELD_ID } from '../workflow';
import type { FieldDefinition, FieldSchema } from './field-definition';

export const APPROVERS_FIELD_ID = 'customfield_10003';
export const APPROVALS_FIELD_ID = 'customfield_10027';
export const REQUEST_TYPE_FIELD_ID = 'customfield_10010';
/** A JSM single-line text field of the demo site, used by the "Get IT help" request type. */
export const DEVICE_OR_APP_FIELD_ID = 'customfield_10050';

/**
 * A single-line text field (`textfield`) holds at most 255 characters; Jira refuses longer values with "The
 * entered text is too long. It exceeds the allowed limit of 255 characters." (*inferred*: Jira's answer as
 * quoted by public client code; docs/platform-assumptions.md).
 */
export const TEXT_FIELD_MAX_LENGTH = 255;

function system(
  id: string,
  name: string,
  schema: FieldSchema,
  value: FieldDefinition['value'],
  clauseNames: string[] = [id],
  orderable = true,
): FieldDefinition {
  return {
    id,
    name,
    description: '',
    custom: false,
    schema,
    clauseNames,
    orderable,
    navigable: true,
    searchable: true,
    ...(value ? { value } : {}),
  };
}

function jsmCustom(
  numericId: number,
  name: string,
  schema: Omit<FieldSchema, 'customId'>,
  value: FieldDefinition['value'],
  description = '',
): FieldDefinition {
  return {
    id: `customfield_${numericId}`,
    name,
    description,
    custom: true,
    schema: { ...schema, customId: numericId },
    clauseNames: [`cf[${numericId}]`, name],
    orderable: value !== undefined,
    navigable: true,
    searchable: true,
    ...(value ? { value } : {}),
  };
}

const numericIdOf = (fieldId: string) => Number(fieldId.slice('customfield_'.length));

/** The demo site's system fields and the JSM custom fields that come with a service project. */
export const SITE_FIELDS: FieldDefinition[] = [
  system('summary', 'Summary', { type: 'string', system: 'summary' }, { element: 'string', list: false }),
  system(
    'description',
    'Description',
    { type: 'string', system: 'description' },
    { element: 'adf', list: false },
  ),
  system(
    'labels',
    'Labels',
    { type: 'array', items: 'string', system: 'labels' },
    { element: 'label', list: true },
  ),
  system('status', 'Status', { type: 'status', system: 'status' }, undefined, ['status'], false),
  // Edit issue may change the reporter for callers with the Modify Reporter permission (OpenAPI `editIssue`:
  // fields the user may edit); that agents and the app hold it in a service project is *inferred*.
  system('reporter', 'Reporter', { type: 'user', system: 'reporter' }, { element: 'user', list: false }),
  system('creator', 'Creator', { type: 'user', system: 'creator' }, undefined, ['creator'], false),
  system('issuetype', 'Issue Type', { type: 'issuetype', system: 'issuetype' }, undefined, [
    'issuetype',
    'type',
  ]),
  system('project', 'Project', { type: 'project', system: 'project' }, undefined, ['project'], false),
  system(
    'created',
    'Created',
    { type: 'datetime', system: 'created' },
    undefined,
    ['created', 'createdDate'],
    false,
  ),
  system(
    'updated',
    'Updated',
    { type: 'datetime', system: 'updated' },
    undefined,
    ['updated', 'updatedDate'],
    false,
  ),
  jsmCustom(
    numericIdOf(APPROVERS_FIELD_ID),
    'Approvers',
    {
      type: 'array',
      items: 'user',
      custom: 'com.atlassian.jira.plugin.system.customfieldtypes:multiuserpicker',
    },
    { element: 'user', list: true },
  ),
  jsmCustom(
    numericIdOf(APPROVER_GROUPS_FIELD_ID),
    'Approver groups',
    {
      type: 'array',
      items: 'group',
      custom: 'com.atlassian.jira.plugin.system.customfieldtypes:multigrouppicker',
    },
    { element: 'group', list: true },
  ),
  jsmCustom(
    numericIdOf(APPROVALS_FIELD_ID),
    'Approvals',
    { type: 'sd-approvals', custom: 'com.atlassian.servicedesk.approvals-plugin:sd-approvals' },
    undefined,
  ),
  jsmCustom(
    numericIdOf(REQUEST_TYPE_FIELD_ID),
    'Request Type',
    { type: 'sd-customerrequesttype', custom: 'com.atlassian.servicedesk:vp-origin' },
    { element: 'request-type', list: false, createOnly: true },
  ),
  jsmCustom(
    numericIdOf(DEVICE_OR_APP_FIELD_ID),
    'Device or app',
    { type: 'string', custom: 'com.atlassian.jira.plugin.system.customfieldtypes:textfield' },
    { element: 'string', list: false, maxLength: TEXT_FIELD_MAX_LENGTH },
    'The laptop, phone or application you need help with.',
  ),
];
