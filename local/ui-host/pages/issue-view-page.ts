import type { ConditionFacts } from '../display-conditions';
import type { ForgeFieldSlot } from '../field-frames';
import { escapeHtml } from '../html-escape';
import type { IssueSummary } from '../jira-lookups';
import { localIdOf, moduleFrame } from '../module-frame';
import { moduleShows } from '../module-visibility';
import { modulesOfType, type UiModule } from '../ui-module-catalog';
import { issueFieldRows } from './issue-fields-html';
import type { PageContext } from './page-context';

/** `issue.{id,key,type,typeId}`, `project.{id,key,type}` and `location` (docs/platform-assumptions.md). */
function issueExtension(ctx: PageContext, module: UiModule, issue: IssueSummary): Record<string, unknown> {
  const project = issue.fields.project;
  const extension: Record<string, unknown> = {
    type: module.type,
    issue: {
      id: issue.id,
      key: issue.key,
      type: issue.fields.issuetype?.name,
      typeId: issue.fields.issuetype?.id,
    },
    project: { id: project?.id, key: project?.key, type: project?.projectTypeKey },
    location: `${ctx.baseUrl}/browse/${encodeURIComponent(issue.key)}`,
  };
  if (module.type === 'jira:issuePanel') extension['isNewToIssue'] = false;
  return extension;
}

function frameFor(ctx: PageContext, module: UiModule, issue: IssueSummary): string {
  return moduleFrame(ctx.signer, {
    module,
    extension: issueExtension(ctx, module, issue),
    localId: localIdOf(ctx.catalog.appId, ctx.environmentId, module.key, issue.id),
  });
}

function statusLozenge(issue: IssueSummary): string {
  const status = issue.fields.status;
  if (!status) return '';
  const colour =
    status.statusCategory?.key === 'done'
      ? ' lozenge--green'
      : status.statusCategory?.key === 'indeterminate'
        ? ' lozenge--blue'
        : '';
  return `<span class="lozenge${colour}" data-testid="issue-status">${escapeHtml(status.name)}</span>`;
}

/** Issue view conditions and project view conditions both see the displayed issue (display-conditions/jira). */
export function issueFacts(ctx: PageContext, issue: IssueSummary): ConditionFacts {
  const project = issue.fields.project;
  return {
    accountType: ctx.viewer.accountType,
    ...(project === undefined
      ? {}
      : { project: { id: project.id, key: project.key, name: project.name, type: project.projectTypeKey } }),
    issue: { id: issue.id, key: issue.key, typeName: issue.fields.issuetype?.name },
  };
}

/**
 * The new issue view: panels in the main column; status, Details (with the app's custom fields) and context
 * panels in the right column. Summary and status come from Jira as the person sees the issue. The parts
 * marked `data-acab-part` are what the page fetches again on `view.refresh()` and on someone else's change
 * (browser/issue-view-live.ts).
 */
export function issueViewBody(ctx: PageContext, issue: IssueSummary, slots: ForgeFieldSlot[]): string {
  const project = issue.fields.project;
  const facts = issueFacts(ctx, issue);
  const panels = modulesOfType(ctx.catalog, 'jira:issuePanel')
    .filter((m) => moduleShows(ctx, m, facts))
    .map(
      (m) =>
        `<section class="panel" data-testid="issue-panel"><div class="panel__header">${escapeHtml(m.title)}</div>${frameFor(ctx, m, issue)}</section>`,
    )
    .join('');
  const contexts = modulesOfType(ctx.catalog, 'jira:issueContext')
    .filter((m) => moduleShows(ctx, m, facts))
    .map(
      (m) =>
        `<details class="panel" open><summary>${escapeHtml(m.title)}</summary>${frameFor(ctx, m, issue)}</details>`,
    )
    .join('');
  const person = (p: { displayName?: string | undefined } | null | undefined) =>
    escapeHtml(p?.displayName ?? 'Unassigned');
  const createHref = `/jira/create?project=${encodeURIComponent(project?.key ?? '')}`;
  return `<main class="page">
<div class="breadcrumbs"><a href="/jira/projects">Projects</a> / ${escapeHtml(project?.name ?? project?.key ?? '')} / <a href="/browse/${encodeURIComponent(issue.key)}">${escapeHtml(issue.key)}</a>
<a class="button button--subtle breadcrumbs__action" href="${escapeHtml(createHref)}" data-testid="create-issue-link">Create</a></div>
<h1 data-testid="issue-summary">${escapeHtml(issue.fields.summary ?? issue.key)}</h1>
<div class="issue">
<div>
<div class="section"><h2>Apps</h2>${panels || '<div class="empty">No app panels on this issue.</div>'}</div>
</div>
<aside>
<div class="section" data-acab-part="status">${statusLozenge(issue)}</div>
<div class="panel" data-acab-part="details"><div class="panel__header">Details</div><div class="panel__body details" data-testid="issue-details">
<span class="muted">Assignee</span><span>${person(issue.fields.assignee)}</span>
<span class="muted">Reporter</span><span>${person(issue.fields.reporter)}</span>
<span class="muted">Issue type</span><span>${escapeHtml(issue.fields.issuetype?.name ?? '')}</span>
${issueFieldRows(ctx, issue, slots, facts)}
</div></div>
${contexts}
</aside>
</div>
</main>`;
}
