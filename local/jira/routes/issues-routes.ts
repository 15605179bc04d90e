import { z } from 'zod';
import { emptyResponse, jsonResponse } from '../../core/http-types';
import { isAgent, requireAgent, requireIssue } from '../access';
import { INVALID_PAYLOAD, platformError } from '../errors';
import { collectFieldChanges } from '../issues/collect-field-changes';
import { createIssue, deleteIssue, updateFields } from '../issues/issue-mutations';
import type { JiraSite } from '../jira-site';
import { issueJson, parseFieldSelection } from '../representations/issue-json';
import { jsonBody, route, type Route } from '../router';
import type { IssueRecord, StoredFields } from '../store/issues-store';
import type { Actor } from '../access';
import type { ProjectRecord } from '../store/projects-store';
import { MAX_PROPERTY_LENGTH } from './issue-properties-routes';

const PropertySchema = z.object({ key: z.string().min(1).max(255), value: z.unknown() });
const CreateBodySchema = z.looseObject({
  fields: z.record(z.string(), z.unknown()).optional(),
  update: z.unknown().optional(),
  properties: z.array(PropertySchema).optional(),
});
const EditBodySchema = z.looseObject({ fields: z.unknown().optional(), update: z.unknown().optional() });
const ProjectRefSchema = z.looseObject({ id: z.string().optional(), key: z.string().optional() });
const IssueTypeRefSchema = z.looseObject({ id: z.string().optional(), name: z.string().optional() });

/**
 * The Request Type field (`customfield_10010`) on Create issue: its value is the request type's id as a string, and
 * the type must belong to the project's service desk. *Inferred*: Atlassian documents no value format for this field
 * on create (docs/platform-assumptions.md "not verified"); public ScriptRunner-for-Cloud scripts set it to the request type id
 * (`"customfield_10010": "335"`). The `<portal key>/<request type key>` form of Data Center add-ons is not accepted.
 * Only the project's field configuration applies (Summary); the request type's own required fields are not enforced
 * (*inferred*).
 */
function requestTypeOfProject(site: JiraSite, project: ProjectRecord | undefined, id: string) {
  const type = site.projects.requestType(id);
  if (type === undefined || project === undefined) return type;
  const desk = site.projects.serviceDesk(type.serviceDeskId);
  return desk?.projectId === project.id ? type : undefined;
}

/** What a Forge field's validation expression sees of an existing issue (jira-custom-field, "Validation"). */
export function validationContextOf(site: JiraSite, actor: Actor, issue: IssueRecord) {
  const project = site.projects.project(issue.projectId);
  return {
    issue: { id: String(issue.id), key: issue.key },
    project: project === undefined ? null : { id: project.id, key: project.key },
    user: { accountId: actor.accountId },
  };
}

/** Values of a comma-separated or repeated query parameter. */
export function listParam(query: URLSearchParams, name: string): string[] {
  return query
    .getAll(name)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter((value) => value !== '');
}

/** `POST /issue`, `GET /issue/{idOrKey}`, `PUT /issue/{idOrKey}` (docs/platform-assumptions.md). */
export function issuesRoutes(site: JiraSite): Route[] {
  return [
    route('POST', '/rest/api/3/issue', ({ request, actor }) => {
      const body = CreateBodySchema.safeParse(jsonBody(request));
      if (!body.success || body.data.fields === undefined) throw platformError(400, [INVALID_PAYLOAD]);
      const fields = body.data.fields;
      const errors: Record<string, string> = {};
      const projectRef = ProjectRefSchema.safeParse(fields['project']);
      const projectKey = projectRef.success ? (projectRef.data.id ?? projectRef.data.key) : undefined;
      const project = projectKey === undefined ? undefined : site.projects.project(projectKey);
      if (project === undefined) errors['project'] = 'Specify a valid project ID or key';
      else if (!isAgent(site, actor, project.id)) {
        errors['project'] = 'You do not have permission to create issues in this project.';
      }
      const issueTypeRef = IssueTypeRefSchema.safeParse(fields['issuetype']);
      if (
        !issueTypeRef.success ||
        (issueTypeRef.data.id === undefined && issueTypeRef.data.name === undefined)
      ) {
        errors['issuetype'] = 'Specify an issue type';
      } else if (
        project !== undefined &&
        issueTypeRef.data.id !== project.issueTypeId &&
        issueTypeRef.data.name?.toLowerCase() !== 'change'
      ) {
        errors['issuetype'] = 'Specify a valid issue type';
      }
      const collected = collectFieldChanges(site, {}, fields, body.data.update, 'create', {
        issue: null,
        project: project === undefined ? null : { id: project.id, key: project.key },
        user: { accountId: actor.accountId },
      });
      Object.assign(errors, collected.errors);
      const stored: StoredFields = {};
      let reporter = actor.accountId;
      let requestTypeId: string | null = null;
      for (const change of collected.changes) {
        if (change.field.id === 'reporter' && typeof change.value === 'string') reporter = change.value;
        else if (change.field.value?.element === 'request-type' && typeof change.value === 'string') {
          const type = requestTypeOfProject(site, project, change.value);
          if (type === undefined) errors[change.field.id] = `Request type '${change.value}' does not exist.`;
          else requestTypeId = type.id;
        } else stored[change.field.id] = change.value;
      }
      for (const property of body.data.properties ?? []) {
        if (JSON.stringify(property.value).length > MAX_PROPERTY_LENGTH) {
          errors['properties'] =
            `The property '${property.key}' exceeds the maximum length of ${MAX_PROPERTY_LENGTH}.`;
        }
      }
      if (Object.keys(errors).length > 0 || project === undefined) throw platformError(400, [], errors);
      const issue = createIssue(site, actor, {
        project,
        requestTypeId,
        reporter,
        fields: stored,
        properties: (body.data.properties ?? []).map((p) => ({
          key: p.key,
          valueJson: JSON.stringify(p.value),
        })),
      });
      return jsonResponse(201, {
        id: String(issue.id),
        key: issue.key,
        self: `${site.baseUrl}/rest/api/3/issue/${issue.id}`,
      });
    }),
    route('GET', '/rest/api/3/issue/:issueIdOrKey', ({ request, actor, params }) => {
      const issue = requireIssue(site, actor, params['issueIdOrKey'] ?? '', request.path);
      const view = {
        fields: parseFieldSelection(listParam(request.query, 'fields'), '*all'),
        expand: new Set(listParam(request.query, 'expand')),
        properties: listParam(request.query, 'properties'),
      };
      return jsonResponse(200, issueJson(site, actor, issue, view));
    }),
    route('PUT', '/rest/api/3/issue/:issueIdOrKey', ({ request, actor, params }) => {
      const issue = requireIssue(site, actor, params['issueIdOrKey'] ?? '', request.path);
      requireAgent(site, actor, issue, 'edit issues');
      const body = EditBodySchema.safeParse(jsonBody(request));
      if (!body.success) throw platformError(400, [INVALID_PAYLOAD]);
      const collected = collectFieldChanges(
        site,
        issue.fields,
        body.data.fields,
        body.data.update,
        'edit',
        validationContextOf(site, actor, issue),
      );
      if (Object.keys(collected.errors).length > 0) throw platformError(400, [], collected.errors);
      const updated = updateFields(site, actor, issue, collected.changes);
      if (request.query.get('returnIssue') === 'true') {
        const view = { fields: parseFieldSelection([], '*all'), expand: new Set<string>(), properties: [] };
        return jsonResponse(200, issueJson(site, actor, updated, view));
      }
      return emptyResponse(204);
    }),
    // OpenAPI `deleteIssue`: 204; 403 without the *Delete issues* permission; 400 when it has subtasks and
    // `deleteSubtasks` is not true (the stand-in has no subtasks). Who holds *Delete issues* is *inferred*:
    // Jira's default schemes give it to project administrators, so here the app and Jira administrators.
    route('DELETE', '/rest/api/3/issue/:issueIdOrKey', ({ request, actor, params }) => {
      const issue = requireIssue(site, actor, params['issueIdOrKey'] ?? '', request.path);
      if (
        actor.kind !== 'app' &&
        !site.users.groupsOf(actor.accountId).some((g) => g.name === 'jira-administrators')
      ) {
        throw platformError(403, ['You do not have permission to delete issues in this project.']);
      }
      deleteIssue(site, issue);
      return emptyResponse(204);
    }),
  ];
}
