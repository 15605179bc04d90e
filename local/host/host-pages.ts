/** The host's own pages: an index of everything it serves, and one page per sink (what the app sent). */
import type { HostEndpointDeps } from './host-endpoints';
import { escapeHtml, htmlPage, htmlTable } from './html';
import { jiraCallsPage } from './jira-calls-page';

const json = (value: unknown) => `<pre>${escapeHtml(JSON.stringify(value, null, 2))}</pre>`;
const issueLink = (key: string | null) =>
  key === null ? '' : `<a href="/browse/${escapeHtml(key)}">${escapeHtml(key)}</a>`;

export function renderHostPage(
  path: string,
  deps: HostEndpointDeps,
  query: URLSearchParams = new URLSearchParams(),
): string | null {
  switch (path.replace(/\/+$/, '')) {
    case '/_local':
      return indexPage(deps);
    case '/_local/pages/jira-calls':
      return jiraCallsPage(deps.jiraCalls, deps.seed(), query);
    case '/_local/pages/outbox':
      return htmlPage(
        'Email outbox (Jira notify)',
        htmlTable(
          ['Sent', 'Issue', 'To', 'Subject', 'As sent'],
          deps
            .outbox()
            .slice()
            .reverse()
            .map((mail) => [
              escapeHtml(mail.sentAt),
              issueLink(mail.issueKey),
              escapeHtml(mail.recipients.map((r) => `${r.displayName} <${r.emailAddress}>`).join(', ')),
              escapeHtml(mail.subject),
              emailBodyCell(mail),
            ]),
          'No email has been sent yet.',
        ),
      );
    case '/_local/pages/chat':
      return htmlPage(
        'Chat webhooks (Slack, Teams)',
        htmlTable(
          ['Sent', 'Channel', 'Issue', 'Message', 'Mentions'],
          deps.chat
            .recorded()
            .slice()
            .reverse()
            .map((message) => [
              escapeHtml(message.at),
              `${escapeHtml(message.kind)}<br><code>${escapeHtml(message.webhook)}</code>`,
              issueLink(message.issueKey),
              `${message.urgent ? '<span class="lozenge urgent">urgent</span> ' : ''}<pre>${escapeHtml(message.text)}</pre>`,
              escapeHtml(message.mentions.join(', ')),
            ]),
          'No chat message has been sent yet.',
        ),
      );
    case '/_local/pages/github':
      return htmlPage(
        'GitHub API calls',
        htmlTable(
          ['At', 'Call', 'Status', 'Issue', 'Body'],
          deps.github
            .recordedCalls()
            .slice()
            .reverse()
            .map((call) => [
              escapeHtml(call.at),
              `<code>${escapeHtml(call.method)} ${escapeHtml(call.path)}</code>`,
              escapeHtml(call.status),
              issueLink(call.issueKey),
              call.body === null ? '' : json(call.body),
            ]),
          'The app has not called GitHub yet.',
        ),
      );
    default:
      return null;
  }
}

function indexPage(deps: HostEndpointDeps): string {
  const seed = deps.seed();
  const webtriggers = Object.entries(deps.runtime.listWebtriggers()).map(([key, url]) => [
    escapeHtml(key),
    `<code>${escapeHtml(url)}</code>`,
  ]);
  const links = [
    ['Customer portal', seed.serviceDesk.portalUrl],
    ...seed.serviceDesk.requestTypes.map((type) => [
      `Raise: ${type.name}`,
      `${seed.serviceDesk.portalUrl}/create/${type.id}`,
    ]),
    [
      'Create an issue (agent view)',
      `/jira/create?project=${encodeURIComponent(seed.serviceDesk.projectKey)}`,
    ],
    ...(deps.appPages ?? []).map((link) => [link.label, link.href]),
    ['App modules (issue panel, admin, dashboard, custom fields)', '/_local/ui'],
    ['Email outbox', '/_local/pages/outbox'],
    ['Chat messages', '/_local/pages/chat'],
    ['GitHub calls', '/_local/pages/github'],
    ['Jira REST calls the app made', '/_local/pages/jira-calls'],
  ];
  const endpoints = [
    'GET /_local/health',
    'GET /_local/seed',
    'GET /_local/webtriggers',
    'GET /_local/outbox',
    'GET /_local/chat',
    'GET /_local/github/calls',
    'POST /_local/github/check-runs {repository, sha, name, status?, conclusion?}',
    'GET /_local/clock',
    'POST /_local/clock {advanceMinutes}',
    'GET|POST /_local/faults {rateLimit?, serverError?, random?, latencyMs?, perIssueWriteLimit?, clear?}',
    'POST /_local/email {from, subject, body, requestTypeId?}',
    'POST /_local/settle',
    'GET /_local/dead-letters',
    'GET /_local/jira-calls?since=<n>&issueKey=<key>',
  ];
  return htmlPage(
    'Local host',
    `<p>Clock: <code>${escapeHtml(deps.clock.now().toISOString())}</code> · Jira REST at <code>${escapeHtml(deps.baseUrl)}/rest/</code>
(HTTP Basic with a demo user's email and any token).</p>
<h2>Pages</h2>${htmlTable(
      ['Page', 'Link'],
      links.map(([label, href]) => [
        escapeHtml(label),
        `<a href="${escapeHtml(href)}">${escapeHtml(href)}</a>`,
      ]),
      '',
    )}
<h2>Demo users</h2>${htmlTable(
      ['Name', 'Email', 'Account id', 'Licence (Forge account type)', 'Groups'],
      seed.users.map((user) => [
        escapeHtml(user.displayName),
        `<code>${escapeHtml(user.email)}</code>`,
        `<code>${escapeHtml(user.accountId)}</code>`,
        `${escapeHtml(user.licence)} (<code>${escapeHtml(user.accountType)}</code>)`,
        escapeHtml(user.groups.map((group) => group.name).join(', ')),
      ]),
      'No users.',
    )}
<h2>Systems</h2>${htmlTable(
      ['System', 'Approver groups', 'Repositories', 'Time zone'],
      seed.systems.map((system) => [
        `${escapeHtml(system.name)} <code>${escapeHtml(system.key)}</code>`,
        escapeHtml(system.approverGroups.map((group) => group.name).join(', ')),
        escapeHtml(system.repositories.join(', ')),
        escapeHtml(system.timeZone),
      ]),
      'No systems.',
    )}
<h2>Webtriggers</h2>${htmlTable(['Module', 'URL'], webtriggers, 'The app declares no webtrigger.')}
<h2>Endpoints</h2><ul>${endpoints.map((e) => `<li><code>${escapeHtml(e)}</code></li>`).join('')}</ul>`,
  );
}

/**
 * An email as a mail client shows it: its HTML body in a sandboxed frame (no scripts, no same-origin
 * access, so nothing in a body can act on this page), the plain-text alternative one click away.
 */
function emailBodyCell(mail: { htmlBody: string; textBody: string }): string {
  const text = `<pre>${escapeHtml(mail.textBody)}</pre>`;
  if (mail.htmlBody.trim() === '') return text;
  return `<iframe class="mail" sandbox="" title="The email as sent (HTML)" srcdoc="${escapeHtml(mail.htmlBody)}"></iframe><details><summary>Plain text</summary>${text}</details>`;
}
