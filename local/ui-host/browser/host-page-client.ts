import { asFrameMessage, fromHost, type HostReply, type HostThemeChange } from './bridge-messages';
import { setThemeAttributes } from './apply-theme';
import { startCreateForm } from './create-form-client';
import { startInlineEdit, type InlineEdit } from './inline-edit-client';
import { refreshIssueParts, startIssueViewLive, type IssueViewLiveConfig } from './issue-view-live';

/**
 * The host page's half of the bridge (what Jira's own page does for an embedded Custom UI): the user
 * switcher, flags, navigation, iframe sizing, and the app fields' `view.submit` / `view.close`: on a create
 * form the latest submitted value of each field is kept for the Create button; on the issue view a submit
 * saves the field and a close leaves its inline editor.
 */
export interface HostPageConfig {
  userCookie: string;
  /** The theme cookie (current-theme.ts) and each theme's `<html>` attributes (theme-tokens.ts). */
  themeCookie: string;
  themes: Record<string, Record<string, string>>;
  /** Module key -> its page on this site, for `router.navigate({ target: 'module', moduleKey })`. */
  moduleUrls: Record<string, string>;
  /** Present on create forms (portal, agent): where the Create button posts. */
  createUrl?: string;
  /** Present on the issue view: its live updates (issue-view-live.ts). */
  issueView?: IssueViewLiveConfig;
}

type Dict = Record<string, unknown>;

function isDict(value: unknown): value is Dict {
  return typeof value === 'object' && value !== null;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function frames(): HTMLIFrameElement[] {
  return Array.from(document.querySelectorAll<HTMLIFrameElement>('iframe[data-acab-frame]'));
}

function renderFlag(options: Dict): void {
  const container = document.getElementById('acab-flags');
  if (!container) return;
  const id = text(options['id']);
  container.querySelector(`[data-flag-id="${CSS.escape(id)}"]`)?.remove();
  const appearance = text(options['appearance']) || text(options['type']) || 'info';
  const flag = document.createElement('div');
  flag.className = `acab-flag acab-flag--${appearance.replace(/[^a-z]/g, '')}`;
  flag.setAttribute('role', 'alert');
  flag.dataset['flagId'] = id;
  const title = document.createElement('strong');
  title.className = 'acab-flag__title';
  title.textContent = text(options['title']);
  const close = document.createElement('button');
  close.className = 'acab-flag__close';
  close.type = 'button';
  close.setAttribute('aria-label', 'Dismiss');
  close.textContent = '\u00d7';
  close.addEventListener('click', () => {
    flag.remove();
  });
  flag.append(title, close);
  const description = text(options['description']);
  if (description) {
    const body = document.createElement('p');
    body.className = 'acab-flag__description';
    body.textContent = description;
    flag.append(body);
  }
  container.append(flag);
  // Auto-dismissing flags disappear after 8 s, as Atlaskit's AutoDismissFlag does.
  if (options['isAutoDismiss'] === true) {
    window.setTimeout(() => {
      flag.remove();
    }, 8000);
  }
}

/**
 * Where `router.navigate` / `getUrl` go: a URL, or a NavigationLocation the local host knows (@forge/bridge
 * out/router/types.d.ts: `issue` takes an issueKey, `dashboard` a dashboardId, `module` a moduleKey and an
 * optional path within it).
 */
function locationUrl(payload: Dict, moduleUrls: Record<string, string>): string {
  const url = text(payload['url']);
  if (url) return url;
  const target = text(payload['target']);
  if (target === 'issue') return `/browse/${encodeURIComponent(text(payload['issueKey']))}`;
  if (target === 'dashboard') return `/jira/dashboards/${encodeURIComponent(text(payload['dashboardId']))}`;
  if (target === 'module') {
    const page = moduleUrls[text(payload['moduleKey'])];
    if (page === undefined)
      throw new Error(`This app has no module "${text(payload['moduleKey'])}" to navigate to.`);
    const path = text(payload['path']).replace(/^\/+/, '');
    return path === '' ? page : `${page}/${path}`;
  }
  throw new Error(`The local host cannot navigate to target "${target}".`);
}

const isInlineEditor = (frame: HTMLIFrameElement) =>
  frame.dataset['entryPoint'] === 'edit' && frame.dataset['experience'] === 'issue-view';

function handleCall(
  frame: HTMLIFrameElement,
  command: string,
  payload: unknown,
  submissions: Map<HTMLIFrameElement, unknown>,
  inline: InlineEdit,
  refreshable: boolean,
  moduleUrls: Record<string, string>,
): unknown {
  const options = isDict(payload) ? payload : {};
  switch (command) {
    case 'showFlag':
      renderFlag(options);
      return undefined;
    case 'closeFlag':
      document.querySelector(`[data-flag-id="${CSS.escape(text(options['id']))}"]`)?.remove();
      return undefined;
    case 'getUrl':
      return new URL(locationUrl(options, moduleUrls), window.location.href).href;
    case 'navigate': {
      const url = locationUrl(options, moduleUrls);
      if (options['type'] === 'new-tab') window.open(url, '_blank', 'noopener');
      else window.location.assign(url);
      return undefined;
    }
    case 'reload':
      window.location.reload();
      return undefined;
    case 'submit':
      // Only custom field edit UIs are submittable; elsewhere the bridge throws "not submittable".
      if (frame.dataset['submittable'] !== 'true') return false;
      if (isInlineEditor(frame)) return inline.save(frame, payload);
      // Create forms hold the latest value until Create (inferred: `submit()` without a value is null).
      submissions.set(frame, payload ?? null);
      // The create form clears the field's message once it has a value (create-form-client.ts).
      frame.dispatchEvent(new CustomEvent('acab-submitted'));
      return true;
    case 'refresh':
      // The issue view fetches its own data again (issue-view-live.ts). Elsewhere no source says a module
      // may refresh its page: the host answers false and the bridge throws "this resource's view is not
      // refreshable." (inferred; docs/platform-assumptions.md).
      if (!refreshable) return false;
      return refreshIssueParts().then(() => true);
    case 'close':
      // The issue view's inline editor closes back to the view. Panels, pages and create forms are not
      // modals: Forge answers false and the bridge throws "not closable" (on create forms: inferred).
      if (!isInlineEditor(frame)) return false;
      inline.close(frame);
      return true;
    case 'changeWindowTitle':
      document.title = typeof payload === 'string' ? payload : document.title;
      return undefined;
    default:
      throw new Error(`The local host page does not support "${command}".`);
  }
}

function startUserSwitcher(config: HostPageConfig): void {
  const select = document.getElementById('acab-user-switcher');
  if (!(select instanceof HTMLSelectElement)) return;
  select.addEventListener('change', () => {
    document.cookie = `${config.userCookie}=${encodeURIComponent(select.value)}; path=/; SameSite=Lax`;
    window.location.reload();
  });
}

/*
 * Switching the theme applies at once, as Jira's does: the page's own attributes flip (it has both token sets),
 * and every frame hears the change; frames that called view.theme.enable() apply it (bridge-client.ts). The
 * choice is kept in the theme cookie, and a `?theme=` in the address is dropped so a reload keeps it.
 */
function startThemeSwitcher(config: HostPageConfig): void {
  const select = document.getElementById('acab-theme-switcher');
  if (!(select instanceof HTMLSelectElement)) return;
  select.addEventListener('change', () => {
    const attributes = config.themes[select.value];
    if (!attributes) return;
    document.cookie = `${config.themeCookie}=${encodeURIComponent(select.value)}; path=/; SameSite=Lax`;
    const url = new URL(window.location.href);
    if (url.searchParams.has('theme')) {
      url.searchParams.delete('theme');
      window.history.replaceState(window.history.state, '', url.href);
    }
    setThemeAttributes(attributes);
    const message: HostThemeChange = { source: fromHost, kind: 'theme', htmlAttributes: attributes };
    for (const frame of frames()) frame.contentWindow?.postMessage(message, window.location.origin);
  });
}

export function startHostPage(config: HostPageConfig): void {
  const submissions = new Map<HTMLIFrameElement, unknown>();
  startUserSwitcher(config);
  startThemeSwitcher(config);
  if (config.createUrl !== undefined) startCreateForm(config.createUrl, submissions);
  const inline = startInlineEdit();
  if (config.issueView !== undefined) startIssueViewLive(config.issueView);

  window.addEventListener('message', (event) => {
    if (event.origin !== window.location.origin) return;
    const frame = frames().find((f) => f.contentWindow === event.source);
    const message = asFrameMessage(event.data);
    if (!frame || !message) return;
    if (message.kind === 'resize') {
      frame.style.height = `${String(Math.min(Math.max(message.height, 32), 5000))}px`;
      return;
    }
    const reply = (outcome: Omit<HostReply, 'source' | 'callId'>) => {
      frame.contentWindow?.postMessage(
        { source: fromHost, callId: message.callId, ...outcome },
        window.location.origin,
      );
    };
    Promise.resolve()
      .then(() =>
        handleCall(
          frame,
          message.command,
          message.payload,
          submissions,
          inline,
          config.issueView !== undefined,
          config.moduleUrls,
        ),
      )
      .then(
        (result) => {
          reply({ ok: true, result });
        },
        (error: unknown) => {
          reply({ ok: false, error: error instanceof Error ? error.message : String(error) });
        },
      );
  });
}
