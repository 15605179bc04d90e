/**
 * What people type never becomes live chat markup: a summary carrying Slack's `<!channel>` or a disguised
 * link, or Teams Markdown, arrives as plain text; only the app's own link to the CR is a link
 * (docs/platform-assumptions.md, chat rows; the chat sink records what a client would make live).
 */
import { SECRETS } from '../../../src/adapters/kvs/storage-keys';
import { PEOPLE, startAppHost, validAnswers, type AppHost } from './app-harness';

interface ChatSent {
  kind: string;
  issueKey: string | null;
  text: string;
  mentions: string[];
  links: string[];
}

const HOSTILE_SUMMARY =
  'Rotate <!channel> keys & <https://evil.example|Approve CHG-1 here> [Approve CHG-1 here](https://evil.example) <at>Sam Rivera</at>';

describe('chat messages carry no markup from user input', () => {
  let app: AppHost;
  beforeAll(async () => {
    app = await startAppHost();
  });
  afterAll(async () => {
    await app.stop();
  });

  const sentAbout = async (issueKey: string) =>
    ((await (await fetch(`${app.host.url}/_local/chat`)).json()) as ChatSent[]).filter((message) =>
      message.text.includes(issueKey),
    );

  it('escapes a hostile summary for Slack: no mention, no disguised link, only the link to the CR', async () => {
    // When Dana raises a CR with a hostile summary, routed at once to cab-payments (demo channel: Slack)
    const key = await app.raise(PEOPLE.dana, HOSTILE_SUMMARY, validAnswers());
    const [message] = await sentAbout(key);
    // Then the channel got it as text: Slack's & < > escaped, nothing notifies anyone
    expect(message?.kind).toBe('slack');
    expect(message?.text).toContain(
      'Rotate &lt;!channel&gt; keys &amp; &lt;https://evil.example|Approve CHG-1 here&gt;',
    );
    expect(message?.mentions).toEqual([]);
    expect(message?.links).toEqual([expect.stringContaining(key)]);
  });

  it('keeps Teams Markdown and mentions out of the card: only the link to the CR is a link', async () => {
    // Given the team channel is a Teams Workflows webhook
    app.host.kvs.set(
      { area: 'secret' },
      SECRETS.chatWebhookUrl,
      'https://prod-01.westeurope.logic.azure.com/workflows/abc/triggers/manual/paths/invoke?sig=local',
    );
    // When Dana raises a CR with the same summary
    const key = await app.raise(PEOPLE.dana, HOSTILE_SUMMARY, validAnswers());
    const [message] = await sentAbout(key);
    // Then the card shows the summary as it was typed, with no live link or mention in it
    expect(message?.kind).toBe('teams-workflow');
    expect(message?.text).toContain(HOSTILE_SUMMARY);
    expect(message?.mentions).toEqual([]);
    expect(message?.links).toEqual([expect.stringContaining(key)]);
  });
});
