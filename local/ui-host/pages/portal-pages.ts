import { escapeHtml } from '../html-escape';
import type { PortalRequest } from '../jira-lookups';
import { localIdOf, moduleFrame } from '../module-frame';
import { modulesOfType } from '../ui-module-catalog';
import type { PageContext } from './page-context';

function portalHeader(portalId: string, heading: string): string {
  return `<header class="portal-header"><div class="breadcrumbs"><a href="/servicedesk/customer/portal/${encodeURIComponent(portalId)}">Help center</a></div><h1>${escapeHtml(heading)}</h1></header>`;
}

/**
 * The portal request create form: each create property panel gets `portal.id` and `request.typeId`
 * (forge-platform.md §2.4) and may `view.submit`; the Create button sends the latest submissions.
 */
export function portalCreateBody(ctx: PageContext, portalId: string, requestTypeId: string): string {
  const location = `${ctx.baseUrl}/servicedesk/customer/portal/${encodeURIComponent(portalId)}/create/${encodeURIComponent(requestTypeId)}`;
  const panels = modulesOfType(ctx.catalog, 'jiraServiceManagement:portalRequestCreatePropertyPanel')
    .map((module) =>
      moduleFrame(ctx.signer, {
        module,
        extension: {
          type: module.type,
          portal: { id: portalId },
          request: { typeId: requestTypeId },
          location,
        },
        localId: localIdOf(
          ctx.catalog.appId,
          ctx.environmentId,
          module.key,
          `portal-${portalId}-create-${requestTypeId}`,
        ),
        submittable: true,
        height: 300,
      }),
    )
    .join('');
  return `${portalHeader(portalId, 'Raise a request')}
<main class="portal">
<p class="muted">Request type ${escapeHtml(requestTypeId)}</p>
${panels || '<div class="empty">No portal request create panels in manifest.yml.</div>'}
<div class="form-actions"><button id="acab-create" class="button button--primary" type="button">Create</button>
<a class="button" href="/servicedesk/customer/portal/${encodeURIComponent(portalId)}">Cancel</a></div>
<div id="acab-create-error" class="error-box" role="alert" hidden></div>
</main>`;
}

function fieldValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '';
  return JSON.stringify(value);
}

/** The portal request view: detail modules below the request, detail panels in the side column. */
export function portalRequestBody(ctx: PageContext, portalId: string, request: PortalRequest): string {
  const location = `${ctx.baseUrl}/servicedesk/customer/portal/${encodeURIComponent(portalId)}/${encodeURIComponent(request.issueKey)}`;
  const requestContext: Record<string, unknown> = { key: request.issueKey, typeId: request.requestTypeId };
  if (request.property !== undefined) requestContext['property'] = request.property;
  const frames = (
    type: 'jiraServiceManagement:portalRequestDetail' | 'jiraServiceManagement:portalRequestDetailPanel',
  ) =>
    modulesOfType(ctx.catalog, type)
      .map(
        (module) =>
          `<section class="panel"><div class="panel__header">${escapeHtml(module.title)}</div>${moduleFrame(
            ctx.signer,
            {
              module,
              extension: { type: module.type, portal: { id: portalId }, request: requestContext, location },
              localId: localIdOf(
                ctx.catalog.appId,
                ctx.environmentId,
                module.key,
                `portal-${portalId}-${request.issueId}`,
              ),
            },
          )}</section>`,
      )
      .join('');
  const summary = request.requestFieldValues?.find((f) => f.fieldId === 'summary');
  const fields = (request.requestFieldValues ?? [])
    .filter((f) => f.fieldId !== 'summary')
    .map(
      (f) =>
        `<span class="muted">${escapeHtml(f.label ?? f.fieldId)}</span><span>${escapeHtml(fieldValue(f.value))}</span>`,
    )
    .join('');
  return `${portalHeader(portalId, fieldValue(summary?.value) || request.issueKey)}
<main class="portal-request">
<div>
<p class="muted" data-testid="request-key">${escapeHtml(request.issueKey)}</p>
${fields ? `<div class="panel"><div class="panel__body details">${fields}</div></div>` : ''}
${frames('jiraServiceManagement:portalRequestDetail')}
</div>
<aside>
<div class="section"><span class="lozenge lozenge--blue">${escapeHtml(request.currentStatus?.status ?? '')}</span></div>
<div class="section muted">Raised by ${escapeHtml(request.reporter?.displayName ?? 'someone')}</div>
${frames('jiraServiceManagement:portalRequestDetailPanel')}
</aside>
</main>`;
}
