import { chatMentionOf, type ChatPart } from '../chat-text';
import type { JiraPerson } from '../ports/jira-port';

/**
 * A mention in the team channel. Slack's `<@U123>` and Teams' `<at>` entities need the chat tool's own user
 * ids, which Jira does not know and the policy has no mapping for yet (README, "Emergency changes"): people
 * are mentioned by display name, which Slack and Teams both highlight for a reader scanning the channel.
 */
export function chatMention(person: JiraPerson): ChatPart {
  return chatMentionOf(person.displayName);
}
