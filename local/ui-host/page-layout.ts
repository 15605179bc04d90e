import type { LocalResponse } from '../core/http-types';
import { switcherLabel } from './account-access';
import { userCookieName } from './current-user';
import { hostStyles } from './host-styles';
import { escapeHtml, scriptJson } from './html-escape';
import type { HostUser } from './ui-host-options';

export interface PageChrome {
  users: HostUser[];
  current: HostUser;
  navigationLinks: { label: string; href: string }[];
  hostScript: string;
}

export interface PageContent {
  title: string;
  /** Trusted HTML built by the page renderers (every interpolated value escaped there). */
  body: string;
  status?: number;
  createUrl?: string;
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

/** A full host page: Jira-like top navigation with the user switcher, the flag area, and the host script. */
export function renderPage(chrome: PageChrome, content: PageContent): LocalResponse {
  const links = chrome.navigationLinks
    .map((l) => `<a href="${escapeHtml(l.href)}">${escapeHtml(l.label)}</a>`)
    .join('');
  const config: Record<string, string> = { userCookie: userCookieName };
  if (content.createUrl !== undefined) config['createUrl'] = content.createUrl;
  const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(content.title)} - Async CAB (local)</title>
<style>${hostStyles}</style>
</head>
<body>
<header class="topnav">
<a class="topnav__brand" href="/"><span class="topnav__logo" aria-hidden="true">J</span>Jira (local)</a>
<nav class="topnav__links">${links}</nav>
<span class="topnav__spacer"></span>
${userSwitcher(chrome)}
</header>
${content.body}
<div id="acab-flags" aria-live="polite"></div>
<script>${chrome.hostScript}
AcabHost.startHostPage(${scriptJson(config)});</script>
</body>
</html>`;
  return {
    status: content.status ?? 200,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
    body: html,
  };
}
