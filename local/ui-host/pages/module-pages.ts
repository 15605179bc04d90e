import { escapeHtml } from '../html-escape';
import { localIdOf, moduleFrame } from '../module-frame';
import type { UiModule } from '../ui-module-catalog';
import type { PageContext } from './page-context';

/**
 * A gadget's extension context: `gadgetConfiguration`, `dashboard.id` and `gadget.id`
 * (docs/platform-assumptions.md, "Extension contexts"); its configuration is empty, as the app has no edit view.
 */
function gadgetExtension(module: UiModule, location: string, dashboardId: string): Record<string, unknown> {
  return {
    type: module.type,
    location,
    gadgetConfiguration: {},
    dashboard: { id: dashboardId },
    gadget: { id: module.key },
  };
}

function gadgetPanel(ctx: PageContext, module: UiModule, location: string, dashboardId: string): string {
  const frame = moduleFrame(ctx.signer, {
    module,
    extension: gadgetExtension(module, location, dashboardId),
    localId: localIdOf(ctx.catalog.appId, ctx.environmentId, module.key, `dashboard-${dashboardId}`),
    height: 320,
  });
  return `<section class="panel gadget" data-gadget="${escapeHtml(module.key)}"><div class="panel__header">${escapeHtml(module.title)}</div>${frame}</section>`;
}

/**
 * Full-page surfaces: the admin page (Jira settings -> Apps), one dashboard gadget on its own, a global page
 * (`extension` `{ type, location }`: what a global page's context holds besides is not documented, inferred).
 */
export function modulePageBody(ctx: PageContext, module: UiModule, path: string): string {
  const location = `${ctx.baseUrl}${path}`;
  const body =
    module.type === 'jira:dashboardGadget'
      ? gadgetPanel(ctx, module, location, 'local')
      : moduleFrame(ctx.signer, {
          module,
          extension: { type: module.type, location },
          localId: localIdOf(ctx.catalog.appId, ctx.environmentId, module.key, 'page'),
          height: 600,
        });
  const crumb =
    module.type === 'jira:adminPage'
      ? 'Settings / Apps'
      : module.type === 'jira:globalPage'
        ? 'Apps'
        : 'Dashboards';
  return `<main class="page">
<div class="breadcrumbs">${crumb}</div>
<h1>${escapeHtml(module.title)}</h1>
${body}
</main>`;
}

/** A dashboard with every gadget the app declares, side by side as Jira's two-column layout has them. */
export function dashboardPageBody(
  ctx: PageContext,
  gadgets: UiModule[],
  path: string,
  dashboardId: string,
): string {
  const location = `${ctx.baseUrl}${path}`;
  const panels = gadgets.map((gadget) => gadgetPanel(ctx, gadget, location, dashboardId)).join('\n');
  return `<main class="page page--dashboard">
<div class="breadcrumbs">Dashboards</div>
<h1>Change management dashboard</h1>
<div class="dashboard-columns">${panels || '<p class="muted">manifest.yml declares no dashboard gadgets.</p>'}</div>
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
