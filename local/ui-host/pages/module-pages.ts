import { escapeHtml } from '../html-escape';
import { localIdOf, moduleFrame } from '../module-frame';
import type { UiModule } from '../ui-module-catalog';
import type { PageContext } from './page-context';

/**
 * Full-page surfaces: the admin page (Jira settings -> Apps), a dashboard with a gadget, a global page.
 * Gadgets get `gadgetConfiguration`, `dashboard.id` and `gadget.id` (docs/platform-assumptions.md).
 */
export function modulePageBody(ctx: PageContext, module: UiModule, path: string): string {
  const location = `${ctx.baseUrl}${path}`;
  const extension: Record<string, unknown> = { type: module.type, location };
  if (module.type === 'jira:dashboardGadget') {
    extension['gadgetConfiguration'] = {};
    extension['dashboard'] = { id: 'local' };
    extension['gadget'] = { id: module.key };
  }
  const frame = moduleFrame(ctx.signer, {
    module,
    extension,
    localId: localIdOf(ctx.catalog.appId, ctx.environmentId, module.key, 'page'),
    height: 600,
  });
  const crumb = module.type === 'jira:adminPage' ? 'Settings / Apps' : 'Dashboards';
  const body =
    module.type === 'jira:dashboardGadget'
      ? `<section class="panel"><div class="panel__header">${escapeHtml(module.title)}</div>${frame}</section>`
      : frame;
  return `<main class="page">
<div class="breadcrumbs">${crumb}</div>
<h1>${escapeHtml(module.title)}</h1>
${body}
</main>`;
}

/** A plain message page (not found, Jira failed) inside the same chrome. */
export function messageBody(heading: string, message: string): string {
  return `<main class="page"><h1>${escapeHtml(heading)}</h1><p class="muted" data-testid="host-message">${escapeHtml(message)}</p></main>`;
}

export interface IndexLink {
  label: string;
  href: string;
  type: string;
}

const linkList = (links: IndexLink[], empty: string) =>
  `<ul>${
    links
      .map(
        (l) =>
          `<li><a href="${escapeHtml(l.href)}">${escapeHtml(l.label)}</a> <span class="muted">${escapeHtml(l.type)}</span></li>`,
      )
      .join('') || `<li class="muted">${escapeHtml(empty)}</li>`
  }</ul>`;

/** `/_local/ui`: every UI module and custom field, where it is shown, and the Jira pages that host them. */
export function moduleIndexBody(modules: IndexLink[], fields: IndexLink[], pages: IndexLink[]): string {
  return `<main class="page"><h1>Custom UI modules</h1>
${linkList(modules, 'manifest.yml declares no Custom UI modules.')}
<h2>Custom fields</h2>
${linkList(fields, 'manifest.yml declares no custom fields.')}
<h2>Jira pages</h2>
${linkList(pages, 'No pages.')}
</main>`;
}
