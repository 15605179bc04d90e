import { adfToText } from '../fields/render-field-value';
import type { JiraSite } from '../jira-site';
import type { IssueRecord } from '../store/issues-store';
import type { RequestTypeRecord, ServiceDeskRecord } from '../store/projects-store';
import { statusById } from '../workflow';
import { jsmStatusCategory } from './issue-parts-json';
import { jsmDate } from './jira-dates';
import { jsmUser } from './user-json';

export function serviceDeskJson(site: JiraSite, desk: ServiceDeskRecord): Record<string, unknown> {
  const project = site.projects.project(desk.projectId);
  return {
    id: desk.id,
    projectId: desk.projectId,
    projectName: project?.name ?? '',
    projectKey: project?.key ?? '',
    _links: { self: `${site.baseUrl}/rest/servicedeskapi/servicedesk/${desk.id}` },
  };
}

/** JSM `RequestTypeDTO` (docs/platform-assumptions.md); `practice: change` marks ITSM change types. */
export function requestTypeJson(site: JiraSite, type: RequestTypeRecord): Record<string, unknown> {
  const desk = site.projects.serviceDesk(type.serviceDeskId);
  const issueTypeId = desk ? (site.projects.project(desk.projectId)?.issueTypeId ?? '') : '';
  return {
    _expands: [],
    id: type.id,
    _links: {
      self: `${site.baseUrl}/rest/servicedeskapi/servicedesk/${type.serviceDeskId}/requesttype/${type.id}`,
    },
    name: type.name,
    description: type.description,
    helpText: type.helpText,
    issueTypeId,
    serviceDeskId: type.serviceDeskId,
    portalId: type.serviceDeskId,
    groupIds: ['1'],
    icon: {
      id: '10500',
      _links: {
        iconUrls: {
          '48x48': `${site.baseUrl}/rest/api/2/universal_avatar/view/type/SD_REQTYPE/avatar/10500?size=large`,
          '24x24': `${site.baseUrl}/rest/api/2/universal_avatar/view/type/SD_REQTYPE/avatar/10500?size=small`,
          '16x16': `${site.baseUrl}/rest/api/2/universal_avatar/view/type/SD_REQTYPE/avatar/10500?size=xsmall`,
          '32x32': `${site.baseUrl}/rest/api/2/universal_avatar/view/type/SD_REQTYPE/avatar/10500?size=medium`,
        },
      },
    },
    restrictionStatus: 'OPEN',
    canCreateRequest: true,
    ...(type.practice === null ? {} : { practice: type.practice }),
  };
}

export function currentStatusJson(issue: IssueRecord): Record<string, unknown> {
  const status = statusById(issue.statusId);
  return {
    status: status?.name ?? issue.statusId,
    statusCategory: jsmStatusCategory(status?.category ?? 'new'),
    statusDate: jsmDate(issue.statusChangedMs),
  };
}

export function requestLinks(
  site: JiraSite,
  issue: IssueRecord,
  serviceDeskId: string,
): Record<string, string> {
  return {
    jiraRest: `${site.baseUrl}/rest/api/2/issue/${issue.id}`,
    web: `${site.baseUrl}/servicedesk/customer/portal/${serviceDeskId}/${issue.key}`,
    agent: `${site.baseUrl}/browse/${issue.key}`,
    self: `${site.baseUrl}/rest/servicedeskapi/request/${issue.id}`,
  };
}

/** `requestFieldValues` of a CustomerRequest: the request type's visible fields, text bodies as plain text. */
function requestFieldValues(
  site: JiraSite,
  issue: IssueRecord,
  type: RequestTypeRecord,
): Record<string, unknown>[] {
  return type.fields.flatMap(({ fieldId }) => {
    const field = site.fields.byId(fieldId);
    const stored = issue.fields[fieldId];
    if (field === undefined || stored === undefined || stored === null) return [];
    const value = field.value?.element === 'adf' ? adfToText(stored) : stored;
    return [{ fieldId, label: field.name, value }];
  });
}

/** JSM `CustomerRequestDTO` (docs/platform-assumptions.md). */
export function customerRequestJson(
  site: JiraSite,
  issue: IssueRecord,
  type: RequestTypeRecord,
  expand: Set<string>,
): Record<string, unknown> {
  const reporter = site.users.user(issue.reporter);
  const desk = site.projects.serviceDesk(type.serviceDeskId);
  return {
    _expands: [
      'participant',
      'status',
      'sla',
      'requestType',
      'serviceDesk',
      'attachment',
      'comment',
      'action',
    ],
    issueId: String(issue.id),
    issueKey: issue.key,
    summary: typeof issue.fields['summary'] === 'string' ? issue.fields['summary'] : '',
    requestTypeId: type.id,
    serviceDeskId: type.serviceDeskId,
    createdDate: jsmDate(issue.createdMs),
    ...(reporter ? { reporter: jsmUser(site, reporter) } : {}),
    requestFieldValues: requestFieldValues(site, issue, type),
    currentStatus: currentStatusJson(issue),
    ...(expand.has('requestType') ? { requestType: requestTypeJson(site, type) } : {}),
    ...(expand.has('serviceDesk') && desk ? { serviceDesk: serviceDeskJson(site, desk) } : {}),
    _links: requestLinks(site, issue, type.serviceDeskId),
  };
}
