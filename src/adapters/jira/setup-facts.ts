/** Reads what the setup check needs, as the app (admin-only page; the resolver checks the caller first). */
import api, { route } from '@forge/api';
import { kvs } from '@forge/kvs';
import { z } from 'zod';
import type { SetupFacts, SetupPort } from '../../app/ports/setup-port';
import { SECRETS } from '../kvs/storage-keys';
import { CR_FIELD_MODULES } from './field-catalog';
import { JiraRest } from './jira-rest';
import { readServiceDesks } from './request-type-catalog';
import { FieldListSchema } from './jira-schemas';

const RequestTypeFieldsSchema = z.looseObject({
  requestTypeFields: z.array(z.looseObject({ fieldId: z.string(), required: z.boolean().optional() })),
});
/** OpenAPI `ConditionGroupConfiguration`: rules, and nested groups of rules. */
interface ConditionGroup {
  conditions?: { ruleKey: string; parameters?: Record<string, string> | undefined }[] | undefined;
  conditionGroups?: ConditionGroup[] | undefined;
}
const ConditionGroupSchema: z.ZodType<ConditionGroup> = z.lazy(() =>
  z.looseObject({
    conditions: z
      .array(z.looseObject({ ruleKey: z.string(), parameters: z.record(z.string(), z.string()).optional() }))
      .optional(),
    conditionGroups: z.array(ConditionGroupSchema).optional(),
  }),
);

/** Rule keys of a transition's conditions, nested groups included. */
function ruleKeysOf(group: ConditionGroup | null | undefined): string[] {
  if (group === null || group === undefined) return [];
  return [
    ...(group.conditions ?? []).map((rule) => rule.ruleKey),
    ...(group.conditionGroups ?? []).flatMap(ruleKeysOf),
  ];
}

const WorkflowsSchema = z.looseObject({
  workflows: z.array(
    z.looseObject({
      statuses: z.array(
        z.looseObject({
          statusReference: z.string(),
          approvalConfiguration: z
            .looseObject({
              fieldId: z.string(),
              conditionType: z.string(),
              conditionValue: z.string(),
              transitionApproved: z.string().optional(),
              transitionRejected: z.string().optional(),
            })
            .optional(),
        }),
      ),
      transitions: z
        .array(
          z.looseObject({
            id: z.string(),
            name: z.string(),
            toStatusReference: z.string(),
            links: z.array(z.looseObject({ fromStatusReference: z.string().optional() })).optional(),
            conditions: ConditionGroupSchema.nullable().optional(),
          }),
        )
        .optional(),
    }),
  ),
  statuses: z.array(
    z.looseObject({ id: z.string().optional(), statusReference: z.string().optional(), name: z.string() }),
  ),
});
const GroupBulkSchema = z.looseObject({ values: z.array(z.looseObject({ groupId: z.string() })) });

export const setupFacts: SetupPort = {
  async readFacts(groupIds, isChangeRequestType) {
    const jira = new JiraRest(api.asApp());
    const serviceDesks: SetupFacts['serviceDesks'] = [];
    const approvalStatuses: SetupFacts['approvalStatuses'] = [];
    const statusNames = new Set<string>();
    for (const desk of await readServiceDesks(jira)) {
      const requestTypes = [];
      for (const type of desk.requestTypes) {
        const fields = isChangeRequestType(type)
          ? (
              await jira.json(
                RequestTypeFieldsSchema,
                route`/rest/servicedeskapi/servicedesk/${desk.id}/requesttype/${type.id}/field`,
              )
            ).requestTypeFields.map((field) => ({
              fieldId: field.fieldId,
              required: field.required === true,
            }))
          : [];
        requestTypes.push({ id: type.id, name: type.name, issueTypeId: type.issueTypeId, fields });
      }
      serviceDesks.push({
        id: desk.id,
        projectId: desk.projectId,
        projectKey: desk.projectKey,
        requestTypes,
      });
      const pairs = [...new Set(requestTypes.map((type) => type.issueTypeId))].map((issueTypeId) => ({
        projectId: desk.projectId,
        issueTypeId,
      }));
      if (pairs.length === 0) continue;
      const workflows = await jira.json(WorkflowsSchema, route`/rest/api/3/workflows`, {
        method: 'POST',
        body: JSON.stringify({ projectAndIssueTypes: pairs }),
      });
      const nameOf = new Map(
        workflows.statuses.map((status) => [status.statusReference ?? status.id ?? '', status.name]),
      );
      for (const status of workflows.statuses) statusNames.add(status.name);
      for (const workflow of workflows.workflows) {
        for (const status of workflow.statuses) {
          const approval = status.approvalConfiguration;
          if (approval === undefined) continue;
          // Every other way out of an approval status (silence, break-glass) is the app's alone to take.
          const otherWaysOut = (workflow.transitions ?? []).filter(
            (transition) =>
              (transition.links ?? []).some((link) => link.fromStatusReference === status.statusReference) &&
              transition.id !== approval.transitionApproved &&
              transition.id !== approval.transitionRejected,
          );
          approvalStatuses.push({
            projectKey: desk.projectKey,
            statusName: nameOf.get(status.statusReference) ?? status.statusReference,
            fieldId: approval.fieldId,
            conditionType: approval.conditionType,
            conditionValue: approval.conditionValue,
            otherTransitions: otherWaysOut.map((transition) => ({
              name: transition.name,
              to: nameOf.get(transition.toStatusReference) ?? transition.toStatusReference,
              restricted: ruleKeysOf(transition.conditions).includes('system:restrict-issue-transition'),
            })),
          });
        }
      }
    }
    const fields = await jira.json(FieldListSchema, route`/rest/api/3/field`);
    const approverGroups = fields.find(
      (field) =>
        field.name === 'Approver groups' && (field.schema?.custom ?? '').endsWith(':multigrouppicker'),
    );
    const appFields: Record<string, string> = {};
    for (const moduleKey of Object.values(CR_FIELD_MODULES)) {
      const found = fields.find((field) => (field.schema?.custom ?? '').endsWith(`/static/${moduleKey}`));
      if (found !== undefined) appFields[moduleKey] = found.id;
    }
    const knownGroupIds: string[] = [];
    for (const groupId of groupIds) {
      const found = await jira.send(route`/rest/api/3/group/bulk?groupId=${groupId}`, {}, [200, 404]);
      const parsed = GroupBulkSchema.safeParse(await found.json());
      if (parsed.success && parsed.data.values.some((group) => group.groupId === groupId))
        knownGroupIds.push(groupId);
    }
    const chat = await kvs.getSecret(SECRETS.chatWebhookUrl);
    return {
      serviceDesks,
      approverGroupsFieldId: approverGroups?.id ?? null,
      appFields,
      approvalStatuses,
      statusNames: [...statusNames],
      knownGroupIds,
      chatConfigured: typeof chat === 'string' && chat !== '',
    };
  },
};
