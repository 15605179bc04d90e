import type { ConditionFacts } from '../display-conditions';
import { appRendersField, fieldFrame, type FieldPlace, type ForgeFieldSlot } from '../field-frames';
import { forgeFieldText, plainText } from '../field-text';
import { escapeHtml } from '../html-escape';
import type { PortalRequest } from '../jira-lookups';
import { localIdOf, moduleFrame } from '../module-frame';
import type { RequestType, RequestTypeField, ServiceDesk } from '../portal-lookups';
import { moduleShows } from '../module-visibility';
import { modulesOfType } from '../ui-module-catalog';
import { formFieldsHtml } from './form-fields-html';
import type { PageContext } from './page-context';
import { portalStyles } from './portal-styles';

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

/*
 * Inferred: the portal belongs to a service project, so `project.type` is `service_desk` (the docs' project
 * types list it); the service desk resource itself does not carry the type.
 */
const serviceProject = (desk: ServiceDesk) => ({
  id: desk.projectId,
  key: desk.projectKey,
  type: 'service_desk',
});

/**
 * The "Raise a request" form as JSM lays it out: the chosen request type and its fields in their order.
 * "All custom fields on Jira Service Management portal request are rendered inline": each Forge field is its
 * `portal-request` edit UI, with `portal.id` and `request.typeId` (numbers) in its context; the Create button
 * sends the typed fields and each Forge field's latest `view.submit` value
 * (https://developer.atlassian.com/platform/forge/manifest-reference/modules/jira-custom-field/).
 */
export function portalCreateBody(ctx: PageContext, form: PortalCreateForm): string {
  const { portalId, requestType } = form;
  const location = `${ctx.baseUrl}/servicedesk/customer/portal/${encodeURIComponent(portalId)}/create/${encodeURIComponent(requestType.id)}`;
  const fields = formFieldsHtml(ctx, form.fields, {
    experience: 'portal-request',
    place: {
      location,
      project: serviceProject(form.desk),
      portal: { portalId, requestTypeId: requestType.id },
      place: `portal-${portalId}-create-${requestType.id}`,
    },
  });
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
${fields}
<div id="acab-create-error" class="error-box" role="alert" hidden></div>
<div class="form-actions"><button id="acab-create" class="button button--primary" type="submit">Create</button>
<a class="button" href="/servicedesk/customer/portal/${encodeURIComponent(portalId)}">Cancel</a></div>
</form>
</main>`;
}

/** Display conditions decide whether a portal module shows; the request is the issue in context. */
export function portalRequestFacts(ctx: PageContext, request: PortalRequest): ConditionFacts {
  const project = request.issue?.fields.project;
  return {
    accountType: ctx.viewer.accountType,
    ...(project === undefined
      ? {}
      : { project: { id: project.id, key: project.key, name: project.name, type: project.projectTypeKey } }),
    issue: { id: request.issueId, key: request.issueKey, typeName: request.issue?.fields.issuetype?.name },
  };
}

function requestFieldHtml(
  ctx: PageContext,
  field: { fieldId: string; label?: string | undefined; value: unknown },
  slot: ForgeFieldSlot | undefined,
  place: Omit<FieldPlace, 'experience' | 'place'>,
  placeId: string,
): string {
  const label = `<span class="muted">${escapeHtml(field.label ?? field.fieldId)}</span>`;
  // Custom field display conditions do not apply on the portal ("only on the issue view, and the GIC form").
  if (slot && appRendersField(ctx, slot.field, 'view', 'portal-view')) {
    const frame = fieldFrame(ctx, slot, 'view', field.value, {
      ...place,
      experience: 'portal-view',
      place: `${placeId}-${field.fieldId}`,
    });
    return `${label}<div class="field-view" data-field-id="${escapeHtml(field.fieldId)}">${frame}</div>`;
  }
  const text = slot === undefined ? plainText(field.value) : forgeFieldText(slot.field, field.value);
  return `${label}<span data-field-id="${escapeHtml(field.fieldId)}">${escapeHtml(text)}</span>`;
}

/**
 * The portal request view: the request's field values (Forge fields through their `portal-view` view UI,
 * the others as text), detail modules below the request, detail panels in the side column. Detail modules
 * get `portal.id` and `request.typeId` as numbers and `request.key` as a string
 * (https://developer.atlassian.com/platform/forge/manifest-reference/modules/jira-service-management-portal-request-detail/).
 */
export function portalRequestBody(
  ctx: PageContext,
  portalId: string,
  request: PortalRequest,
  slots: ForgeFieldSlot[],
): string {
  const location = `${ctx.baseUrl}/servicedesk/customer/portal/${encodeURIComponent(portalId)}/${encodeURIComponent(request.issueKey)}`;
  const requestContext: Record<string, unknown> = {
    key: request.issueKey,
    typeId: Number(request.requestTypeId),
  };
  if (request.property !== undefined) requestContext['property'] = request.property;
  const facts = portalRequestFacts(ctx, request);
  const frames = (
    type: 'jiraServiceManagement:portalRequestDetail' | 'jiraServiceManagement:portalRequestDetailPanel',
  ) =>
    modulesOfType(ctx.catalog, type)
      .filter((module) => moduleShows(ctx, module, facts))
      .map(
        (module) =>
          `<section class="panel"><div class="panel__header">${escapeHtml(module.title)}</div>${moduleFrame(
            ctx.signer,
            {
              module,
              extension: {
                type: module.type,
                portal: { id: Number(portalId) },
                request: requestContext,
                location,
              },
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
  const issue = request.issue;
  const project = issue?.fields.project;
  const place: Omit<FieldPlace, 'experience' | 'place'> = {
    location,
    issue: {
      id: request.issueId,
      key: request.issueKey,
      type: issue?.fields.issuetype?.name,
      typeId: issue?.fields.issuetype?.id,
    },
    ...(project === undefined
      ? {}
      : { project: { id: project.id, key: project.key, type: project.projectTypeKey } }),
    portal: { portalId, requestTypeId: request.requestTypeId },
  };
  const summary = request.requestFieldValues?.find((f) => f.fieldId === 'summary');
  const fields = (request.requestFieldValues ?? [])
    .filter((f) => f.fieldId !== 'summary')
    .map((f) =>
      requestFieldHtml(
        ctx,
        f,
        slots.find((slot) => slot.fieldId === f.fieldId),
        place,
        `portal-${portalId}-${request.issueId}`,
      ),
    )
    .join('');
  return `${portalHeader(portalId, plainText(summary?.value) || request.issueKey)}
<main class="portal-request">
<div>
<p class="muted" data-testid="request-key">${escapeHtml(request.issueKey)}</p>
${fields ? `<div class="panel"><div class="panel__body details details--wide" data-testid="request-fields">${fields}</div></div>` : ''}
${frames('jiraServiceManagement:portalRequestDetail')}
</div>
<aside>
<div class="section"><span class="lozenge lozenge--blue" data-testid="portal-request-status">${escapeHtml(request.currentStatus?.status ?? '')}</span></div>
<div class="section muted">Raised by ${escapeHtml(request.reporter?.displayName ?? 'someone')}</div>
${frames('jiraServiceManagement:portalRequestDetailPanel')}
</aside>
</main>`;
}
