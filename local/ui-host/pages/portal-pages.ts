import { escapeHtml } from '../html-escape';
import type { PortalRequest } from '../jira-lookups';
import { localIdOf, moduleFrame } from '../module-frame';
import type { RequestType, RequestTypeField, ServiceDesk } from '../portal-lookups';
import { modulesOfType } from '../ui-module-catalog';
import type { PageContext } from './page-context';
import { portalStyles } from './portal-styles';
import { requestTypeFieldsHtml } from './request-type-fields-html';

/** The help center banner; `portalName` adds the portal's own crumb after "Help center". */
export function portalHeader(portalId: string, heading: string, portalName?: string): string {
  const home = `/servicedesk/customer/portal/${encodeURIComponent(portalId)}`;
  const crumb =
    portalName === undefined ? '' : ` / <a href="${escapeHtml(home)}">${escapeHtml(portalName)}</a>`;
  return `<header class="portal-header"><div class="breadcrumbs"><a href="${escapeHtml(home)}">Help center</a>${crumb}</div><h1>${escapeHtml(heading)}</h1></header>`;
}

export interface PortalCreateForm {
  portalId: string;
  desk: ServiceDesk;
  requestType: RequestType;
  fields: RequestTypeField[];
}

/**
 * The "Raise a request" form as JSM lays it out: the chosen request type, its own fields (Summary,
 * Description...), then each create property panel, which gets `portal.id` and `request.typeId`
 * (forge-platform.md §2.4) and may `view.submit`; the Create button sends fields and the latest submissions.
 */
export function portalCreateBody(ctx: PageContext, form: PortalCreateForm): string {
  const { portalId, requestType } = form;
  const location = `${ctx.baseUrl}/servicedesk/customer/portal/${encodeURIComponent(portalId)}/create/${encodeURIComponent(requestType.id)}`;
  const panels = modulesOfType(ctx.catalog, 'jiraServiceManagement:portalRequestCreatePropertyPanel')
    .map((module) =>
      moduleFrame(ctx.signer, {
        module,
        extension: {
          type: module.type,
          portal: { id: portalId },
          request: { typeId: requestType.id },
          location,
        },
        localId: localIdOf(
          ctx.catalog.appId,
          ctx.environmentId,
          module.key,
          `portal-${portalId}-create-${requestType.id}`,
        ),
        submittable: true,
        height: 300,
      }),
    )
    .join('');
  const about = [requestType.description, requestType.helpText]
    .filter((text): text is string => text !== undefined && text !== '')
    .map((text) => `<span class="request-type__description">${escapeHtml(text)}</span>`)
    .join('');
  return `<style>${portalStyles}</style>
${portalHeader(portalId, form.desk.projectName, form.desk.projectName)}
<main class="portal">
<div class="request-summary-card"><span class="request-type__icon" aria-hidden="true">${escapeHtml(requestType.name.slice(0, 1))}</span>
<div><span class="request-type__name" data-testid="request-type-name">${escapeHtml(requestType.name)}</span>${about}</div></div>
<form class="request-form" id="acab-request-form" novalidate>
${requestTypeFieldsHtml(form.fields)}
<div class="app-panels">${panels}</div>
<div id="acab-create-error" class="error-box" role="alert" hidden></div>
<div class="form-actions"><button id="acab-create" class="button button--primary" type="submit">Create</button>
<a class="button" href="/servicedesk/customer/portal/${encodeURIComponent(portalId)}">Cancel</a></div>
</form>
</main>`;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A field value as a person reads it on the portal. Forge `object` fields show their formatter's text in
 * Jira; the host cannot run Jira expressions, so it renders the common shapes readably instead of as JSON.
 */
function fieldValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(fieldValue).join(', ');
  if (!isRecord(value)) return '';
  const record = value;
  if (typeof record.text === 'string' && Object.keys(record).length === 1) return record.text;
  if (typeof record.start === 'string' && typeof record.end === 'string') {
    return `${record.start} to ${record.end}${typeof record.timeZone === 'string' ? ` (${record.timeZone})` : ''}`;
  }
  if (typeof record.tested === 'boolean') {
    return record.tested
      ? `Tested: ${fieldValue(record.evidenceUrl)}`
      : `Not tested: ${fieldValue(record.reason)}`;
  }
  if (typeof record.repository === 'string' && typeof record.number === 'number') {
    return `${record.repository}#${String(record.number)}`;
  }
  return Object.entries(record)
    .map(([key, item]) => `${key}: ${fieldValue(item)}`)
    .join('; ');
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
