/**
 * A team-channel message as the app writes it: plain text, and the links and mentions the app means, marked
 * as such. No text part is markup, whoever wrote it (a summary, a reason, a display name, or the app): the
 * chat adapter escapes text for its channel, and only `link` and `mention` parts become live
 * (src/adapters/notifications/chat-payload.ts). So `<!channel>` in a summary reaches Slack as those
 * characters, and `[Approve](https://evil.example)` reaches Teams as those characters.
 */

export type ChatPart =
  | { readonly kind: 'text'; readonly text: string }
  /** A link the app made (the CR's page). */
  | { readonly kind: 'link'; readonly url: string }
  /** Someone the app calls out by name (emergency paging). */
  | { readonly kind: 'mention'; readonly name: string };

export type ChatText = readonly ChatPart[];

type Interpolated = string | ChatPart | ChatText;

/** Line breaks, tabs and other controls, and bidi overrides: one line of text stays one line as it reads. */
// eslint-disable-next-line no-control-regex -- replacing control characters is the purpose of this pattern
const UNSAFE_IN_LINE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]+/g;

/**
 * Builds a message from the app's wording (the template) and values. A string value is text from anywhere,
 * so it is kept to one line (a reason cannot start a new line that looks like the app's); parts and
 * messages are taken as they are.
 *
 *     chatText`${person.displayName} objected to ${issueKey}: ${reason} ${chatLink(entry.issueUrl)}`
 */
export function chatText(wording: TemplateStringsArray, ...values: Interpolated[]): ChatText {
  const parts: ChatPart[] = [];
  wording.forEach((literal, i) => {
    if (literal !== '') parts.push({ kind: 'text', text: literal });
    if (i < values.length) parts.push(...partsOf(values[i] ?? ''));
  });
  return parts;
}

export const chatLink = (url: string): ChatPart => ({ kind: 'link', url });

export const chatMentionOf = (name: string): ChatPart => ({ kind: 'mention', name: oneLine(name) });

/** Messages or parts one after the other, `separator` (the app's wording) between them. */
export function joinChat(items: readonly Interpolated[], separator: string): ChatText {
  const between: ChatPart = { kind: 'text', text: separator };
  return items.flatMap((item, i) => (i === 0 ? [...partsOf(item)] : [between, ...partsOf(item)]));
}

/** A message given as a plain string: one text part, escaped like any other. */
export function chatPartsOf(text: ChatText | string): ChatText {
  return typeof text === 'string' ? [{ kind: 'text', text }] : text;
}

/** The message as a person reads it, for logs and tests: links as their address, mentions as @name. */
export function chatPlainText(text: ChatText | string): string {
  return chatPartsOf(text)
    .map((part) => {
      if (part.kind === 'text') return part.text;
      return part.kind === 'link' ? part.url : `@${part.name}`;
    })
    .join('');
}

function partsOf(value: Interpolated): ChatText {
  if (typeof value === 'string') return value === '' ? [] : [{ kind: 'text', text: oneLine(value) }];
  return isPart(value) ? [value] : value;
}

function isPart(value: ChatPart | ChatText): value is ChatPart {
  return !Array.isArray(value);
}

function oneLine(value: string): string {
  return value.replace(UNSAFE_IN_LINE, ' ');
}
