import type { LocalResponse } from '../core/http-types';
import { switcherLabel } from './account-access';
import { themeCookieName } from './current-theme';
import { userCookieName } from './current-user';
import { hostStyles } from './host-styles';
import { escapeHtml, scriptJson } from './html-escape';
import {
  hostThemes,
  servedThemeIds,
  themeHtmlAttributes,
  themeStylesheetHref,
  type HostTheme,
} from './theme-tokens';
import type { HostUser } from './ui-host-options';
import type { IssueViewLiveConfig } from './browser/issue-view-live';

export interface PageChrome {
  users: HostUser[];
  current: HostUser;
  navigationLinks: { label: string; href: string }[];
  /** Module key -> its page, for `router.navigate({ target: 'module' })` (module-urls.ts). */
  moduleUrls: Record<string, string>;
  hostScript: string;
  /** The theme the page is shown in (current-theme.ts). */
  theme: HostTheme;
  /** A `Set-Cookie` value that remembers a `?theme=` choice. */
  themeCookie?: string;
}

export interface PageContent {
  title: string;
  /** Trusted HTML built by the page renderers (every interpolated value escaped there). */
  body: string;
  status?: number;
  createUrl?: string;
  /** Present on the issue view: what its live updates watch (host-page-client.ts, issue-view-live.ts). */
  issueView?: IssueViewLiveConfig;
}

function userSwitcher(chrome: PageChrome): string {
  const options = chrome.users
    .map((u) => {
      const selected = u.accountId === chrome.current.accountId ? ' selected' : '';
      return `<option value="${escapeHtml(u.accountId)}" data-account-type="${u.accountType}"${selected}>${escapeHtml(switcherLabel(u))}</option>`;
    })
    .join('');
  return `<label class="switcher">Acting as <select id="acab-user-switcher" aria-label="Acting as">${options}</select></label>`;
}

const themeWords: Record<HostTheme, string> = { light: 'Light', dark: 'Dark' };

function themeSwitcher(current: HostTheme): string {
  const options = hostThemes
    .map((theme) => {
      const selected = theme === current ? ' selected' : '';
      return `<option value="${theme}"${selected}>${themeWords[theme]}</option>`;
    })
    .join('');
  return `<label class="switcher">Theme <select id="acab-theme-switcher" aria-label="Theme">${options}</select></label>`;
}

/*
 * An app that enabled theming matches "the active theme of the parent Atlassian app"
 * (design-tokens-and-theming), so the parent page is drawn in it too: the host page carries the theme's
 * `<html>` attributes and token CSS (theme-tokens.ts) and its styles read `var(--ds-*)` (host-styles.ts).
 * That Jira's chrome uses these same token sets is inferred.
 */
function themeHead(theme: HostTheme): { attributes: string; links: string } {
  const attributes = Object.entries(themeHtmlAttributes(theme))
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  const links = servedThemeIds
    .map((id) => `<link rel="stylesheet" href="${themeStylesheetHref(id)}" data-theme="${id}">`)
    .join('\n');
  return { attributes, links };
}

/** A full host page: Jira-like top navigation with the user switcher, the flag area, and the host script. */
export function renderPage(chrome: PageChrome, content: PageContent): LocalResponse {
  const links = chrome.navigationLinks
    .map((l) => `<a href="${escapeHtml(l.href)}">${escapeHtml(l.label)}</a>`)
    .join('');
  const config: Record<string, unknown> = {
    userCookie: userCookieName,
    themeCookie: themeCookieName,
    themes: Object.fromEntries(hostThemes.map((theme) => [theme, themeHtmlAttributes(theme)])),
    moduleUrls: chrome.moduleUrls,
  };
  if (content.createUrl !== undefined) config['createUrl'] = content.createUrl;
  if (content.issueView !== undefined) config['issueView'] = content.issueView;
  const head = themeHead(chrome.theme);
  const html = `<!doctype html>
<html lang="en"${head.attributes}>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(content.title)} - Async CAB (local)</title>
${head.links}
<style>${hostStyles}</style>
</head>
<body>
<header class="topnav">
<a class="topnav__brand" href="/"><span class="topnav__logo" aria-hidden="true">J</span>Jira (local)</a>
<nav class="topnav__links">${links}</nav>
<span class="topnav__spacer"></span>
${themeSwitcher(chrome.theme)}
${userSwitcher(chrome)}
</header>
${content.body}
<div id="acab-flags" aria-live="polite"></div>
<script>${chrome.hostScript}
AcabHost.startHostPage(${scriptJson(config)});</script>
</body>
</html>`;
  const headers: Record<string, string> = {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
  };
  if (chrome.themeCookie !== undefined) headers['set-cookie'] = chrome.themeCookie;
  return { status: content.status ?? 200, headers, body: html };
}
