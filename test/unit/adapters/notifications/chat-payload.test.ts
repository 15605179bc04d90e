/**
 * The chat bodies the adapter sends: whatever people typed stays text in Slack and Teams; only the app's own
 * link and mentions are live (docs/platform-assumptions.md, chat rows).
 */
import { chatLink, chatMentionOf, chatText } from '../../../../src/app/chat-text';
import { slackBody, teamsBody } from '../../../../src/adapters/notifications/chat-payload';

const summary = 'Rotate <!channel> keys & <https://evil.example|Approve CHG-1 here> **now** <at>Sam</at>';
const message = chatText`CHG-7 needs approval: ${summary} ${chatLink('https://acme.atlassian.net/browse/CHG-7')}\nPaging ${chatMentionOf('Olivia <!here> Chen')}`;

interface Run {
  type: string;
  text: string;
  selectAction?: { type: string; url: string };
  weight?: string;
  color?: string;
}

function runsOf(body: unknown): Run[] {
  const card = body as { attachments: { content: { body: { type: string; inlines: Run[] }[] } }[] };
  return card.attachments.flatMap((attachment) => attachment.content.body.flatMap((block) => block.inlines));
}

describe('chat payloads', () => {
  it("escapes Slack's &, < and > in every text part and keeps the app's link live", () => {
    expect(slackBody({ text: message, urgent: false }).text).toBe(
      'CHG-7 needs approval: Rotate &lt;!channel&gt; keys &amp; &lt;https://evil.example|Approve CHG-1 here&gt; **now** &lt;at&gt;Sam&lt;/at&gt; <https://acme.atlassian.net/browse/CHG-7>\nPaging @Olivia &lt;!here&gt; Chen',
    );
  });

  it('sends a plain string as text, escaped the same way', () => {
    expect(slackBody({ text: 'Delivery <!channel> & co', urgent: true }).text).toBe(
      'Delivery &lt;!channel&gt; &amp; co',
    );
  });

  it('shows a link the app cannot vouch for as text, in Slack and in Teams', () => {
    const odd = chatText`See ${chatLink('javascript:alert(1)')} or ${chatLink('https://x.example/a|Approve')}`;
    expect(slackBody({ text: odd, urgent: false }).text).toBe(
      'See javascript:alert(1) or https://x.example/a|Approve',
    );
    expect(runsOf(teamsBody({ text: odd, urgent: false })).filter((run) => run.selectAction)).toEqual([
      expect.objectContaining({
        selectAction: { type: 'Action.OpenUrl', url: 'https://x.example/a|Approve' },
      }),
    ]);
  });

  it('puts Teams text in TextRuns (no Markdown), the link as an OpenUrl action, urgent ones bold and red', () => {
    const runs = runsOf(teamsBody({ text: message, urgent: true }));
    expect(runs.map((run) => run.text).join('')).toBe(
      `CHG-7 needs approval: ${summary} https://acme.atlassian.net/browse/CHG-7\nPaging @Olivia <!here> Chen`,
    );
    expect(runs.every((run) => run.type === 'TextRun')).toBe(true);
    expect(runs.filter((run) => run.selectAction !== undefined).map((run) => run.selectAction)).toEqual([
      { type: 'Action.OpenUrl', url: 'https://acme.atlassian.net/browse/CHG-7' },
    ]);
    expect(runs.find((run) => run.text.startsWith('CHG-7'))).toMatchObject({
      color: 'attention',
      weight: 'bolder',
    });
  });
});
