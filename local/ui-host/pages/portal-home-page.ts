import { escapeHtml } from '../html-escape';
import { isFailure, type LookupFailure } from '../jira-lookups';
import type { MyRequest, RequestType, ServiceDesk } from '../portal-lookups';
import { portalHeader } from './portal-pages';
import { portalStyles } from './portal-styles';

export interface PortalHome {
  portalId: string;
  desk: ServiceDesk;
  requestTypes: RequestType[];
  /** The person's requests, or why Jira did not list them (the rest of the page still works). */
  myRequests: MyRequest[] | LookupFailure;
}

function requestTypeLink(portalId: string, type: RequestType): string {
  const href = `/servicedesk/customer/portal/${encodeURIComponent(portalId)}/create/${encodeURIComponent(type.id)}`;
  const description =
    type.description !== undefined && type.description !== ''
      ? `<span class="request-type__description">${escapeHtml(type.description)}</span>`
      : '';
  return `<li><a class="request-type" href="${escapeHtml(href)}" data-request-type-id="${escapeHtml(type.id)}">
<span class="request-type__icon" aria-hidden="true">${escapeHtml(type.name.slice(0, 1))}</span>
<span><span class="request-type__name">${escapeHtml(type.name)}</span>${description}</span></a></li>`;
}

function myRequestsHtml(portalId: string, requests: MyRequest[] | LookupFailure): string {
  if (isFailure(requests)) {
    return `<div class="error-box" role="alert">Jira could not list your requests. ${escapeHtml(requests.message)}</div>`;
  }
  if (requests.length === 0)
    return '<div class="empty" data-testid="no-requests">You have no requests yet.</div>';
  const rows = requests
    .map((r) => {
      const href = `/servicedesk/customer/portal/${encodeURIComponent(portalId)}/${encodeURIComponent(r.key)}`;
      return `<tr data-request-key="${escapeHtml(r.key)}"><td><a href="${escapeHtml(href)}">${escapeHtml(r.key)}</a></td>
<td><a href="${escapeHtml(href)}">${escapeHtml(r.fields.summary ?? '')}</a></td>
<td><span class="lozenge lozenge--blue">${escapeHtml(r.fields.status?.name ?? '')}</span></td>
<td class="muted">${escapeHtml((r.fields.created ?? '').slice(0, 10))}</td></tr>`;
    })
    .join('\n');
  return `<table class="my-requests" data-testid="my-requests"><thead><tr><th scope="col">Reference</th><th scope="col">Summary</th><th scope="col">Status</th><th scope="col">Created</th></tr></thead>
<tbody>${rows}</tbody></table>`;
}

/** The help center of one portal: its request types as links to their forms, then "My requests". */
export function portalHomeBody(home: PortalHome): string {
  const types = home.requestTypes.filter((type) => type.canCreateRequest !== false);
  const list = types.length
    ? `<ul class="request-types" data-testid="request-types">${types.map((t) => requestTypeLink(home.portalId, t)).join('\n')}</ul>`
    : '<div class="empty">This portal has no request types you can raise.</div>';
  return `<style>${portalStyles}</style>
${portalHeader(home.portalId, home.desk.projectName)}
<main class="help-center">
<h2>What can we help you with?</h2>
${list}
<h2>My requests</h2>
${myRequestsHtml(home.portalId, home.myRequests)}
</main>`;
}
