/**
 * `/_local/pages/jira-calls`: the app's Jira REST calls as a table, newest last, with a filter by issue
 * key, a refresh button and an optional auto-refresh (`?auto=on`). The JSON is `GET /_local/jira-calls`.
 */
import type { DemoSeed } from './demo-seed';
import { escapeHtml, htmlPage, htmlTable } from './html';
import type { JiraCallLog, JiraCallRecord } from './jira-call-log';

/** A page a browser can still draw: the newest calls; the JSON endpoint has them all. */
const MAX_ROWS = 1000;
const AUTO_REFRESH_MS = 3000;

export function jiraCallsPage(log: JiraCallLog, seed: DemoSeed, query: URLSearchParams): string {
  const wanted = (query.get('issueKey') ?? '').trim().toUpperCase();
  const auto = query.get('auto') === 'on';
  const names = new Map(seed.users.map((user) => [user.accountId, user.displayName]));
  const matching = log.calls.filter((call) => wanted === '' || call.issueKey === wanted);
  const shown = matching.slice(-MAX_ROWS);
  const byCaller = (caller: JiraCallRecord['caller']) => matching.filter((c) => c.caller === caller).length;
  const form = `<form method="get" action="/_local/pages/jira-calls">
<label>Issue key <input name="issueKey" value="${escapeHtml(wanted)}" placeholder="CHG-1" size="10"></label>
<label><input type="checkbox" name="auto" value="on"${auto ? ' checked' : ''}> refresh every ${String(AUTO_REFRESH_MS / 1000)} s</label>
<button type="submit">Refresh</button> <a href="/_local/pages/jira-calls">all issues</a> <a href="#newest">newest</a></form>`;
  const summary = `<p>${String(matching.length)} call(s)${wanted === '' ? '' : ` for ${escapeHtml(wanted)}`}: ${String(byCaller('app'))} as the app, ${String(byCaller('user'))} as a user${
    shown.length < matching.length ? `; the newest ${String(MAX_ROWS)} are shown` : ''
  }. JSON: <code>GET /_local/jira-calls?since=&lt;n&gt;${wanted === '' ? '' : `&amp;issueKey=${escapeHtml(wanted)}`}</code></p>`;
  const rows = shown.map((call) => [
    String(call.n),
    escapeHtml(call.at),
    call.caller === 'app'
      ? 'app'
      : `user: ${escapeHtml(names.get(call.accountId ?? '') ?? call.accountId ?? '')}`,
    `<code>${escapeHtml(call.method)} ${escapeHtml(call.path)}</code>`,
    call.issueKey === null
      ? ''
      : `<a href="/browse/${escapeHtml(call.issueKey)}">${escapeHtml(call.issueKey)}</a>`,
  ]);
  const refresh = auto
    ? `<script>scrollTo(0, document.body.scrollHeight); setTimeout(() => { location.reload(); }, ${String(AUTO_REFRESH_MS)});</script>`
    : '';
  return htmlPage(
    'Jira REST calls the app made',
    `${form}${summary}${htmlTable(
      ['#', 'At (host clock)', 'As', 'Call', 'Issue'],
      rows,
      'The app has not called Jira yet.',
    )}<p id="newest"></p>${refresh}`,
  );
}
