import { z } from 'zod';
import { jsonResponse } from '../../core/http-types';
import { isAgent } from '../access';
import { INVALID_PAYLOAD, platformError } from '../errors';
import type { JiraSite } from '../jira-site';
import { jiraDateTime } from '../representations/jira-dates';
import { jsonBody, route, type Route } from '../router';
import {
  APP_ROLE_ID,
  APPROVAL_STEPS,
  STATUSES,
  TRANSITIONS,
  WORKFLOW_ID,
  WORKFLOW_NAME,
  type StatusCategoryKey,
} from '../workflow';

const ReadRequestSchema = z.looseObject({
  projectAndIssueTypes: z.array(z.object({ projectId: z.string(), issueTypeId: z.string() })).optional(),
  workflowIds: z.array(z.string()).optional(),
  workflowNames: z.array(z.string()).optional(),
});

const CATEGORY: Record<StatusCategoryKey, string> = {
  new: 'TODO',
  indeterminate: 'IN_PROGRESS',
  done: 'DONE',
};

/** The CHG workflow with its statuses' `approvalConfiguration` (docs/platform-assumptions.md). */
function workflowJson(site: JiraSite, projectId: string): Record<string, unknown> {
  const scope = { type: 'PROJECT', project: { id: projectId } };
  return {
    id: WORKFLOW_ID,
    name: WORKFLOW_NAME,
    description: 'Draft, asynchronous approval by approver groups, implementation.',
    scope,
    isEditable: true,
    version: { id: 'b5d3c3f4-0000-4000-8000-000000000001', versionNumber: 1 },
    created: jiraDateTime(Date.UTC(2026, 0, 1)),
    updated: jiraDateTime(Date.UTC(2026, 0, 1)),
    statuses: STATUSES.map((status, index) => {
      const step = APPROVAL_STEPS.find((s) => s.statusId === status.id);
      return {
        statusReference: status.id,
        deprecated: false,
        layout: { x: index * 200, y: 0 },
        properties: {},
        ...(step
          ? {
              approvalConfiguration: {
                active: 'true',
                conditionType: step.conditionType,
                conditionValue: String(step.conditionValue),
                exclude: step.exclude,
                fieldId: step.fieldId,
                transitionApproved: step.transitionApproved,
                transitionRejected: step.transitionRejected,
              },
            }
          : {}),
      };
    }),
    transitions: TRANSITIONS.map((t) => ({
      id: t.id,
      name: t.name,
      description: '',
      type: t.from === 'any-open' ? 'GLOBAL' : 'DIRECTED',
      toStatusReference: t.to,
      links:
        t.from === 'any-open'
          ? []
          : t.from.map((from) => ({ fromStatusReference: from, fromPort: 0, toPort: 0 })),
      actions: [],
      ...(t.appOnly === true && site.workflow.appOnlyTransitionsRestricted
        ? {
            conditions: {
              operation: 'ALL',
              conditions: [
                { ruleKey: 'system:restrict-issue-transition', parameters: { roleIds: APP_ROLE_ID } },
              ],
              conditionGroups: [],
            },
          }
        : {}),
      validators: [],
      triggers: [],
      properties: {},
    })),
  };
}

export function workflowsRoutes(site: JiraSite): Route[] {
  return [
    route('POST', '/rest/api/3/workflows', ({ request, actor }) => {
      const body = ReadRequestSchema.safeParse(jsonBody(request) ?? {});
      if (!body.success) throw platformError(400, [INVALID_PAYLOAD]);
      const projects = site.projects.allProjects().filter((project) => {
        const pairs = body.data.projectAndIssueTypes ?? [];
        const byPair = pairs.some((p) => p.projectId === project.id && p.issueTypeId === project.issueTypeId);
        const byId = (body.data.workflowIds ?? []).includes(WORKFLOW_ID);
        const byName = (body.data.workflowNames ?? []).includes(WORKFLOW_NAME);
        return (byPair || byId || byName) && isAgent(site, actor, project.id);
      });
      const workflows = projects.map((project) => workflowJson(site, project.id));
      const statuses =
        workflows.length === 0
          ? []
          : STATUSES.map((status) => ({
              id: status.id,
              name: status.name,
              description: status.description,
              statusCategory: CATEGORY[status.category],
              statusReference: status.id,
              scope: { type: 'GLOBAL' },
            }));
      return jsonResponse(200, { workflows, statuses });
    }),
  ];
}
