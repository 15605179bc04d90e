/**
 * The contract's admin-only keys, called through the real app in the local host: the access rule is wired
 * to Jira's own answer for the caller (mypermissions ADMINISTER), for every key the contract declares.
 */
import {
  RESOLVER_KEYS,
  resolverContract,
  type ChatSettingsView,
  type GitHubSettingsView,
} from '../../../src/shared';
import { PEOPLE, startAppHost, validAnswers, type AppHost, type Person } from './app-harness';

interface Envelope<T> {
  ok: boolean;
  value?: T;
  error?: { code: string; message: string };
}

const adminOnly = RESOLVER_KEYS.flatMap((key) => {
  const rule = resolverContract[key];
  return rule.access === 'jira-admin' ? [{ key, action: rule.action }] : [];
});

describe('resolver keys for Jira administrators only', () => {
  let app: AppHost;
  let issueKey: string;
  const call = <T>(as: Person, functionKey: string, payload: unknown = {}) =>
    app.invoke(as, issueKey, functionKey, payload) as Promise<Envelope<T>>;

  beforeAll(async () => {
    app = await startAppHost();
    issueKey = await app.raise(PEOPLE.dana, 'Context issue for the admin-only resolvers', validAnswers());
  });
  afterAll(async () => {
    await app.stop();
  });

  it('has admin-only keys to check', () => {
    expect(adminOnly.length).toBeGreaterThan(0);
  });

  it.each(adminOnly)(
    'refuses $key to Dana, who is no Jira admin, naming what she tried',
    async ({ key, action }) => {
      expect(await call(PEOPLE.dana, key)).toEqual({
        ok: false,
        error: { code: 'FORBIDDEN', message: `Only Jira administrators can ${action}.` },
      });
    },
  );

  it('changes nothing when a non-admin tries to set the GitHub token or the chat channel', async () => {
    // Given the settings as Alex, a Jira admin, sees them
    const githubBefore = await call<GitHubSettingsView>(PEOPLE.alex, 'getGitHubSettings');
    const chatBefore = await call<ChatSettingsView>(PEOPLE.alex, 'getChatSettings');
    expect(githubBefore.ok && chatBefore.ok).toBe(true);

    // When Dana tries to set the GitHub token and to remove the chat channel
    await call(PEOPLE.dana, 'setGitHubToken', { token: 'ghp_not_an_admin' });
    await call(PEOPLE.dana, 'setChatWebhook', { url: null });

    // Then Alex still sees them as they were
    expect(await call(PEOPLE.alex, 'getGitHubSettings')).toEqual(githubBefore);
    expect(await call(PEOPLE.alex, 'getChatSettings')).toEqual(chatBefore);
  });
});
