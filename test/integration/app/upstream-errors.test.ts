/**
 * What a person sees when Jira fails: a fixed message per error code, never the method, path or Jira's
 * response body (those go to the logs).
 */
import { PEOPLE, startAppHost, validAnswers, type AppHost } from './app-harness';

interface Envelope {
  ok: boolean;
  error?: { code: string; message: string };
}

describe('upstream failures reach people as fixed messages', () => {
  let app: AppHost;
  beforeAll(async () => {
    app = await startAppHost();
  });
  afterAll(async () => {
    await app.stop();
  });

  it('answers with a fixed message when Jira refuses the call, and logs the detail', async () => {
    // Given a routed CR, and Jira rate-limiting the approvals for longer than a resolver can wait
    const key = await app.raise(PEOPLE.dana, 'Patch the checkout image', validAnswers());
    const logged: string[] = [];
    const spy = jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      logged.push(args.map(String).join(' '));
    });
    await fetch(`${app.host.url}/_local/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        rateLimit: { pathPattern: '/approval$', retryAfterSeconds: 60 },
      }),
    });
    try {
      // When Priya opens the panel
      const answer = (await app.invoke(PEOPLE.priya, key, 'getApprovalPanel', { issueKey: key })) as Envelope;

      // Then she gets the code and a message that names no path, method or body
      expect(answer).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } });
      expect(answer.error?.message).toBe('Jira asked Async CAB to slow down. Try again in a moment.');
      expect(answer.error?.message).not.toMatch(/rest\/|GET|PUT|POST|429/);
      // And the detail went to the logs
      expect(logged.some((line) => line.includes('/rest/') && line.includes('429'))).toBe(true);
    } finally {
      spy.mockRestore();
      await fetch(`${app.host.url}/_local/faults`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ clear: true }),
      });
    }
  });

  it('gives JSM refusals the app’s own wording', async () => {
    const key = await app.raise(PEOPLE.dana, 'Patch the checkout image again', validAnswers());
    const priya = (await app.invoke(PEOPLE.priya, key, 'getApprovalPanel', { issueKey: key })) as {
      value: { viewer: { approvalId: string } };
    };
    const olivia = (await app.invoke(PEOPLE.olivia, key, 'answerApproval', {
      issueKey: key,
      approvalId: priya.value.viewer.approvalId,
      decision: 'approve',
    })) as Envelope;
    expect(olivia).toMatchObject({ ok: false, error: { code: 'NOT_AN_APPROVER' } });
    expect(olivia.error?.message).toBe(`You are not an approver of ${key}, so JSM did not take your answer.`);
  });
});

describe("the app's field catalogue", () => {
  it('is read by the app, never as the person looking, even when a portal customer is first', async () => {
    // Given a fresh host whose field catalogue cache is empty, and Riley (a portal customer) with a request
    const app = await startAppHost();
    try {
      const key = await app.raise(PEOPLE.riley, 'Update the vendor webhook', validAnswers());
      app.host.kvs.delete({ area: 'kvs' }, 'cache:jira-field-ids:v3');
      const before = app.host.appJiraCalls.length;

      // When Riley's request view asks for its answers
      const answer = (await app.invoke(PEOPLE.riley, key, 'getAnswers', { issueKey: key })) as Envelope;

      // Then the catalogue was read as the app (GET /rest/api/3/field answers per caller)
      expect(answer.ok).toBe(true);
      const catalogue = app.host.appJiraCalls
        .slice(before)
        .filter((call) => call.path === '/rest/api/3/field');
      expect(catalogue.map((call) => call.caller)).toEqual(['app']);
    } finally {
      await app.stop();
    }
  });
});
