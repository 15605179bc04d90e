/**
 * Chat incoming webhooks, answered as Slack and Microsoft Teams answer them, and recorded with the text that
 * was sent, what a chat client would make live of it (mentions and links), and the CR they are about.
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
  /** Slack `<@U1>` / `<!here>` / `<!subteam^S1>` and Teams `<at>Name</at>`: what would notify someone. */
  mentions: string[];
  /**
   * The targets a reader could click (docs/platform-assumptions.md, chat rows): Slack `<https://…>` and
   * `<https://…|label>`; Teams TextBlock Markdown `[label](https://…)`, RichTextBlock TextRun `selectAction`.
   */
  links: string[];
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
    const segments = collectText(payload);
    const readable = segments
      .map((segment) => segment.text)
      .join('\n')
      .trim();
    if (readable === '') return kind === 'slack' ? text(400, 'no_text') : text(400, 'Text is required.');
    // Markup is live only where the client parses it: not in a RichTextBlock's TextRuns.
    const live = segments
      .filter((segment) => segment.markup)
      .map((segment) => segment.text)
      .join('\n');
    this.messages.push({
      at: this.now().toISOString(),
      kind,
      webhook: `${request.url.origin}/${request.url.pathname.split('/')[1] ?? ''}/…`,
      text: readable,
      mentions: findMentions(live),
      links: [...findLinks(kind, live), ...selectActionUrls(payload)],
      issueKey: findIssueKey(readable),
      urgent: /urgent|emergency|page|:rotating_light:|🚨/i.test(readable),
      payload,
    });
    if (kind === 'slack') return text(200, 'ok');
    if (kind === 'teams-connector') return text(200, '1');
    return text(202, '');
  }
}

const TEXT_KEYS = ['text', 'title', 'summary', 'activityTitle', 'activityText', 'fallback', 'pretext'];

interface TextSegment {
  text: string;
  /** False where the client shows the text as it is (Adaptive Cards RichTextBlock: no Markdown). */
  markup: boolean;
}

/**
 * Every human-readable string in a Slack/Teams payload (text, title, summary, card TextBlocks, fields); a
 * RichTextBlock's TextRuns are one line of text, as Teams shows them.
 */
function collectText(value: unknown): TextSegment[] {
  if (Array.isArray(value)) return value.flatMap(collectText);
  if (!isRecord(value)) return [];
  if (value.type === 'RichTextBlock' && Array.isArray(value.inlines)) {
    const runs = value.inlines.map((run) => (isRecord(run) && typeof run.text === 'string' ? run.text : ''));
    return [{ text: runs.join(''), markup: false }];
  }
  const own = TEXT_KEYS.map((key) => value[key])
    .filter((item): item is string => typeof item === 'string' && item.trim() !== '')
    .map((item) => ({ text: item, markup: true }));
  const nested = Object.entries(value)
    .filter(([key]) => !TEXT_KEYS.includes(key))
    .flatMap(([, item]) => (typeof item === 'object' ? collectText(item) : []));
  return [...own, ...nested];
}

/** Slack `<@U123>` / `<!subteam^S1>` / `<!here>` and Teams `<at>Name</at>` mentions. */
function findMentions(live: string): string[] {
  const slack = [...live.matchAll(/<([@!][^>|]+)(?:\|[^>]*)?>/g)].map((match) => match[1] ?? '');
  const teams = [...live.matchAll(/<at>([^<]+)<\/at>/g)].map((match) => match[1] ?? '');
  return [...slack, ...teams].filter((mention) => mention !== '');
}

/**
 * Where a reader could be sent by a link whose label may hide its target: Slack `<https://…|label>` and
 * `<https://…>`; Teams TextBlock Markdown `[label](https://…)` and autolinks `<https://…>`.
 */
function findLinks(kind: ChatKind, live: string): string[] {
  const angle = [...live.matchAll(/<((?:https?|mailto):[^>|\s]*)(?:\|[^>]*)?>/g)].map(
    (match) => match[1] ?? '',
  );
  if (kind === 'slack') return angle;
  const markdown = [...live.matchAll(/\[[^\]]*\]\(([^)\s]+)\)/g)].map((match) => match[1] ?? '');
  return [...markdown, ...angle];
}

/** `Action.OpenUrl` targets of RichTextBlock TextRuns (Adaptive Cards 1.2+). */
function selectActionUrls(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(selectActionUrls);
  if (!isRecord(value)) return [];
  const action = value.selectAction;
  const own =
    value.type === 'TextRun' &&
    isRecord(action) &&
    action.type === 'Action.OpenUrl' &&
    typeof action.url === 'string'
      ? [action.url]
      : [];
  return [...own, ...Object.values(value).flatMap(selectActionUrls)];
}
