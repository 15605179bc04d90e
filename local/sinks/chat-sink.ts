/**
 * Chat incoming webhooks, answered as Slack and Microsoft Teams answer them, and recorded with the text a
 * person would read, the mentions, and the CR they are about.
 * - Slack (hooks.slack.com/services/...): JSON with `text` and/or `blocks`; 200 "ok"; 400 "invalid_payload"
 *   for non-JSON and 400 "no_text" without text or blocks.
 * - Teams Office 365 connector (*.webhook.office.com): MessageCard JSON; 200 "1".
 * - Teams Workflows (*.logic.azure.com, *.powerplatform.com): `{ type: 'message', attachments: [adaptive card] }`;
 *   202 with an empty body.
 */
import { findIssueKey, isRecord, type EgressRequest, type EgressResponse } from './egress-types';

export type ChatKind = 'slack' | 'teams-connector' | 'teams-workflow';

export interface ChatMessage {
  at: string;
  kind: ChatKind;
  /** The webhook URL with its secret path replaced, so pages and logs never show it. */
  webhook: string;
  text: string;
  mentions: string[];
  issueKey: string | null;
  urgent: boolean;
  payload: unknown;
}

export function chatKindOf(url: URL): ChatKind | null {
  if (url.hostname === 'hooks.slack.com') return 'slack';
  if (url.hostname.endsWith('.webhook.office.com')) return 'teams-connector';
  if (url.hostname.endsWith('.logic.azure.com') || url.hostname.endsWith('.powerplatform.com'))
    return 'teams-workflow';
  return null;
}

const text = (status: number, body: string): EgressResponse => ({
  status,
  headers: { 'content-type': 'text/plain' },
  body,
});

export class ChatSink {
  private readonly messages: ChatMessage[] = [];

  constructor(private readonly now: () => Date) {}

  recorded(): readonly ChatMessage[] {
    return this.messages;
  }

  handle(request: EgressRequest): EgressResponse {
    const kind = chatKindOf(request.url);
    if (kind === null) return text(404, 'no such webhook');
    if (request.method !== 'POST') return text(405, 'method not allowed');
    let payload: unknown;
    try {
      payload = JSON.parse(request.body);
    } catch {
      return kind === 'slack'
        ? text(400, 'invalid_payload')
        : text(400, 'Bad payload received by generic incoming webhook.');
    }
    const readable = collectText(payload).join('\n').trim();
    if (readable === '') return kind === 'slack' ? text(400, 'no_text') : text(400, 'Text is required.');
    this.messages.push({
      at: this.now().toISOString(),
      kind,
      webhook: `${request.url.origin}/${request.url.pathname.split('/')[1] ?? ''}/…`,
      text: readable,
      mentions: findMentions(readable),
      issueKey: findIssueKey(readable),
      urgent: /urgent|emergency|page|:rotating_light:|🚨/i.test(readable),
      payload,
    });
    if (kind === 'slack') return text(200, 'ok');
    if (kind === 'teams-connector') return text(200, '1');
    return text(202, '');
  }
}

/** Every human-readable string in a Slack/Teams payload (text, title, summary, card TextBlocks, fields). */
function collectText(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(collectText);
  if (!isRecord(value)) return [];
  const own = ['text', 'title', 'summary', 'activityTitle', 'activityText', 'fallback', 'pretext']
    .map((key) => value[key])
    .filter((item): item is string => typeof item === 'string' && item.trim() !== '');
  const nested = Object.entries(value)
    .filter(
      ([key]) =>
        !['text', 'title', 'summary', 'activityTitle', 'activityText', 'fallback', 'pretext'].includes(key),
    )
    .flatMap(([, item]) => (typeof item === 'object' ? collectText(item) : []));
  return [...own, ...nested];
}

/** Slack `<@U123>` / `<!subteam^S1>` / `<!here>` and Teams `<at>Name</at>` mentions. */
function findMentions(readable: string): string[] {
  const slack = [...readable.matchAll(/<([@!][^>|]+)(?:\|[^>]*)?>/g)].map((match) => match[1] ?? '');
  const teams = [...readable.matchAll(/<at>([^<]+)<\/at>/g)].map((match) => match[1] ?? '');
  return [...slack, ...teams].filter((mention) => mention !== '');
}
