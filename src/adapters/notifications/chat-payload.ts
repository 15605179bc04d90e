/**
 * The app's chat message (src/app/chat-text.ts) as each channel's webhook body. Text parts are escaped so no
 * one's input becomes markup; links and mentions are the app's own (docs/platform-assumptions.md, chat rows).
 * - Slack: `&`, `<`, `>` become `&amp;`, `&lt;`, `&gt;` (Slack's "Escaping text" rule), which is all Slack's
 *   live markup (`<!channel>`, `<@U1>`, `<https://…|label>`) needs; links are `<https://…>`.
 * - Teams: an Adaptive Card RichTextBlock, whose TextRuns are not Markdown (unlike a TextBlock), so
 *   `[label](url)`, `**` or `<at>` stay characters; links are TextRuns with an `Action.OpenUrl`.
 */
import { chatPartsOf, type ChatText } from '../../app/chat-text';

export interface ChatMessageShape {
  text: ChatText | string;
  urgent: boolean;
}

export function slackBody(message: ChatMessageShape): { text: string } {
  const text = chatPartsOf(message.text)
    .map((part) => {
      if (part.kind === 'text') return escapeSlack(part.text);
      if (part.kind === 'mention') return escapeSlack(`@${part.name}`);
      // `|` ends a link's address and starts its label: an address with one is shown, not linked.
      return isPlainUrl(part.url) && !part.url.includes('|')
        ? `<${escapeSlack(part.url)}>`
        : escapeSlack(part.url);
    })
    .join('');
  return { text };
}

export function teamsBody(message: ChatMessageShape): unknown {
  const style = message.urgent ? { color: 'attention', weight: 'bolder' } : {};
  const inlines = chatPartsOf(message.text).map((part) => {
    if (part.kind === 'text') return { type: 'TextRun', text: part.text, ...style };
    if (part.kind === 'mention')
      return { type: 'TextRun', text: `@${part.name}`, ...style, weight: 'bolder' };
    if (!isPlainUrl(part.url)) return { type: 'TextRun', text: part.url, ...style };
    return { type: 'TextRun', text: part.url, selectAction: { type: 'Action.OpenUrl', url: part.url } };
  });
  return {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        content: {
          type: 'AdaptiveCard',
          // RichTextBlock and TextRun.selectAction are Adaptive Cards 1.2.
          version: '1.4',
          body: [{ type: 'RichTextBlock', inlines }],
        },
      },
    ],
  };
}

/** Slack's three control characters (api.slack.com/reference/surfaces/formatting#escaping). */
function escapeSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An http(s) address without spaces or angle brackets: the only kind the app links. */
function isPlainUrl(url: string): boolean {
  return /^https?:\/\/[^\s<>]+$/.test(url);
}
