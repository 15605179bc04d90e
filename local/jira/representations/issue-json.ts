import type { Actor } from '../access';
import { renderApprovalsField, renderStoredValue } from '../fields/render-field-value';
import type { FieldDefinition } from '../fields/field-catalog';
import type { JiraSite } from '../jira-site';
import type { IssueRecord } from '../store/issues-store';
import { availableTransitions, statusById, type WorkflowTransition } from '../workflow';
import { issueTypeJson, projectJson, statusJson } from './issue-parts-json';
import { jiraDateTime } from './jira-dates';
import { currentStatusJson, requestLinks, requestTypeJson } from './servicedesk-json';
import { platformUser, platformUserById } from './user-json';

/** Which fields to return: `*all`, `*navigable`, explicit ids, `-id` exclusions (GET issue / search). */
export interface FieldSelection {
  includes(fieldId: string): boolean;
}

export function parseFieldSelection(raw: string[], fallback: '*all' | 'id'): FieldSelection {
  const tokens = raw
    .flatMap((value) => value.split(','))
    .map((t) => t.trim())
    .filter((t) => t !== '');
  const effective = tokens.length === 0 ? [fallback] : tokens;
  const all = effective.includes('*all') || effective.includes('*navigable');
  const wanted = new Set(effective.filter((t) => !t.startsWith('-') && !t.startsWith('*')));
  const excluded = new Set(effective.filter((t) => t.startsWith('-')).map((t) => t.slice(1)));
  return { includes: (id) => !excluded.has(id) && (all || wanted.has(id)) };
}

export interface IssueView {
  fields: FieldSelection;
  expand: Set<string>;
  properties: string[];
}

function variantOf(site: JiraSite, issue: IssueRecord): 'normal' | 'emergency' {
  if (issue.requestTypeId === null) return 'normal';
  return site.projects.requestType(issue.requestTypeId)?.variant ?? 'normal';
}

export function transitionJson(site: JiraSite, transition: WorkflowTransition): Record<string, unknown> {
  const to = statusById(transition.to);
  return {
    id: transition.id,
    name: transition.name,
    to: to === undefined ? {} : statusJson(site, to),
    hasScreen: false,
    isGlobal: transition.from === 'any-open',
    isInitial: false,
    isAvailable: true,
    isConditional: transition.variant !== undefined,
    isLooped: false,
  };
}

export function issueTransitions(site: JiraSite, issue: IssueRecord, actor: Actor): WorkflowTransition[] {
  const mayTakeAppOnly = actor.kind === 'app' || !site.workflow.appOnlyTransitionsRestricted;
  return availableTransitions(issue.statusId, variantOf(site, issue), mayTakeAppOnly);
}

function fieldValue(site: JiraSite, actor: Actor, issue: IssueRecord, field: FieldDefinition): unknown {
  switch (field.id) {
    case 'status': {
      const status = statusById(issue.statusId);
      return status === undefined ? null : statusJson(site, status);
    }
    case 'reporter':
      return platformUserById(site, issue.reporter);
    case 'creator':
      return platformUserById(site, issue.creator);
    case 'issuetype':
      return issueTypeJson(site, issue.issueTypeId);
    case 'project': {
      const project = site.projects.project(issue.projectId);
      return project === undefined ? null : projectJson(site, project);
    }
    case 'created':
      return jiraDateTime(issue.createdMs);
    case 'updated':
      return jiraDateTime(issue.updatedMs);
    default:
      break;
  }
  if (field.schema.type === 'sd-approvals') return renderApprovalsField(site, issue, actor);
  if (field.schema.type === 'sd-customerrequesttype') {
    const type = issue.requestTypeId === null ? undefined : site.projects.requestType(issue.requestTypeId);
    if (type === undefined) return null;
    return {
      _links: requestLinks(site, issue, type.serviceDeskId),
      requestType: requestTypeJson(site, type),
      currentStatus: currentStatusJson(issue),
    };
  }
  return renderStoredValue(site, field, issue.fields[field.id]);
}

function changelogJson(site: JiraSite, issue: IssueRecord): Record<string, unknown> {
  const histories = site.issues.changelog(issue.id).map((entry) => {
    const author = site.users.user(entry.author);
    return {
      id: String(entry.id),
      ...(author ? { author: platformUser(site, author) } : {}),
      created: jiraDateTime(entry.createdMs),
      items: entry.items,
    };
  });
  return { startAt: 0, maxResults: histories.length, total: histories.length, histories };
}

/** Platform `IssueBean` for GET issue and search results. */
export function issueJson(
  site: JiraSite,
  actor: Actor,
  issue: IssueRecord,
  view: IssueView,
): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  const names: Record<string, string> = {};
  for (const field of site.fields.all()) {
    if (!view.fields.includes(field.id)) continue;
    fields[field.id] = fieldValue(site, actor, issue, field);
    names[field.id] = field.name;
  }
  const properties: Record<string, unknown> = {};
  for (const key of view.properties) {
    const property = site.properties.get(issue.id, key);
    if (property) properties[key] = property.value;
  }
  const description = issue.fields['description'];
  return {
    expand: 'renderedFields,names,schema,operations,editmeta,changelog,versionedRepresentations',
    id: String(issue.id),
    self: `${site.baseUrl}/rest/api/3/issue/${issue.id}`,
    key: issue.key,
    ...(Object.keys(fields).length > 0 ? { fields } : {}),
    ...(view.properties.length > 0 ? { properties } : {}),
    ...(view.expand.has('names') ? { names } : {}),
    ...(view.expand.has('renderedFields')
      ? {
          renderedFields: {
            description:
              description === undefined || description === null ? null : renderAdfHtml(description),
          },
        }
      : {}),
    ...(view.expand.has('transitions')
      ? { transitions: issueTransitions(site, issue, actor).map((t) => transitionJson(site, t)) }
      : {}),
    ...(view.expand.has('changelog') ? { changelog: changelogJson(site, issue) } : {}),
  };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Minimal ADF -> HTML for `renderedFields`: paragraphs and text; enough for a preview. */
function renderAdfHtml(node: unknown): string {
  if (typeof node !== 'object' || node === null) return '';
  const text = 'text' in node && typeof node.text === 'string' ? escapeHtml(node.text) : '';
  const content = 'content' in node && Array.isArray(node.content) ? node.content : [];
  const inner = content.map((child: unknown) => renderAdfHtml(child)).join('');
  const type = 'type' in node ? node.type : undefined;
  return type === 'paragraph' ? `<p>${inner}</p>` : text + inner;
}
