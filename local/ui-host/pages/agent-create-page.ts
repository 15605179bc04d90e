import type { ConditionFacts } from '../display-conditions';
import { escapeHtml } from '../html-escape';
import type { AgentCreateForm } from '../portal-page-data';
import { formFieldsHtml } from './form-fields-html';
import type { PageContext } from './page-context';
import { portalStyles } from './portal-styles';

export const agentCreatePath = (projectKey: string, requestTypeId?: string) =>
  `/jira/create?project=${encodeURIComponent(projectKey)}${requestTypeId === undefined ? '' : `&requestType=${encodeURIComponent(requestTypeId)}`}`;

/**
 * Facts for custom field display conditions on the create form (GIC): the project, and no issue yet. The
 * issue type's name is not known to the host (the stand-in serves no issue type resource), so `issueType`
 * conditions read false here (inferred; harsher than Jira, never kinder).
 */
export function agentCreateFacts(ctx: PageContext, form: AgentCreateForm): ConditionFacts {
  return {
    accountType: ctx.viewer.accountType,
    project: {
      id: form.desk.projectId,
      key: form.desk.projectKey,
      name: form.desk.projectName,
      type: 'service_desk',
    },
    issue: {},
  };
}

/**
 * Jira's global issue create for a service project: pick the request type, fill its fields; the app's fields
 * are their `issue-create` edit UIs with `project` in their context and no issue
 * (https://developer.atlassian.com/platform/forge/manifest-reference/modules/jira-custom-field/).
 */
export function agentCreateBody(ctx: PageContext, form: AgentCreateForm): string {
  const { desk, requestType } = form;
  const path = agentCreatePath(desk.projectKey, requestType.id);
  const options = form.requestTypes
    .map(
      (type) =>
        `<option value="${escapeHtml(type.id)}"${type.id === requestType.id ? ' selected' : ''}>${escapeHtml(type.name)}</option>`,
    )
    .join('');
  const fields = formFieldsHtml(ctx, form.fields, {
    experience: 'issue-create',
    place: {
      location: `${ctx.baseUrl}${path}`,
      project: { id: desk.projectId, key: desk.projectKey, type: 'service_desk' },
      place: `create-${desk.projectKey}-${requestType.id}`,
    },
    conditionFacts: agentCreateFacts(ctx, form),
  });
  return `<style>${portalStyles}</style>
<main class="page create-page">
<div class="breadcrumbs"><a href="/jira/projects">Projects</a> / ${escapeHtml(desk.projectName)}</div>
<h1>Create</h1>
<form class="request-form" id="acab-request-form" novalidate data-project-key="${escapeHtml(desk.projectKey)}">
<div class="field"><span class="field-label">Project</span><p class="field-value" data-testid="create-project">${escapeHtml(desk.projectName)} (${escapeHtml(desk.projectKey)})</p></div>
<div class="field"><label for="acab-request-type">Request type<span class="required" aria-hidden="true">*</span></label>
<select id="acab-request-type" name="requestType">${options}</select>
${requestType.description ? `<p class="field-help">${escapeHtml(requestType.description)}</p>` : ''}</div>
${fields}
<div id="acab-create-error" class="error-box" role="alert" hidden></div>
<div class="form-actions"><button id="acab-create" class="button button--primary" type="submit">Create</button>
<a class="button" href="/_local/">Cancel</a></div>
</form>
</main>`;
}
