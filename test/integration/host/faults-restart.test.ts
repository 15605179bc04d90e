/** `/_local/faults` is kept in the host's data: a fault switched on stays on across a restart until cleared. */
import { DANA, startHost, type StartedHost } from './host-harness';

const DEFAULT_FAULTS = { rateLimits: [], serverErrors: null, latencyMs: 0, perIssueWriteLimit: false };

async function setFaults(started: StartedHost, change: unknown): Promise<void> {
  const response = await started.call('/_local/faults', { method: 'POST', body: JSON.stringify(change) });
  if (response.status !== 200) throw new Error(`POST /_local/faults: ${String(response.status)}`);
}

async function faults(started: StartedHost): Promise<unknown> {
  return (await started.call('/_local/faults')).json();
}

describe('fault settings across a restart of the local host', () => {
  let current: StartedHost | undefined;
  afterEach(async () => {
    await current?.stop();
    current = undefined;
  });

  async function restart(previous: StartedHost, options: { reset?: boolean } = {}): Promise<StartedHost> {
    await previous.stop({ keepData: true });
    current = await startHost({ dataDir: previous.dataDir, ...options });
    return current;
  }

  it('keeps switched-on faults, with what is left of their counts, until they are cleared', async () => {
    // Given a rate limit on /myself for 3 requests (one already answered 429), a 503 and the per-issue limit
    const before = await startHost();
    current = before;
    await setFaults(before, {
      rateLimit: {
        count: 3,
        pathPattern: '^/rest/api/3/myself',
        retryAfterSeconds: 2,
        reason: 'jira-quota-tenant-based',
      },
      serverError: { count: 2, status: 503, pathPattern: '^/rest/api/3/project' },
      latencyMs: 5,
      perIssueWriteLimit: true,
    });
    expect((await before.call('/rest/api/3/myself', { as: DANA.email })).status).toBe(429);

    // When the host restarts on the same data
    const after = await restart(before);

    // Then the faults are still on, where they left off
    expect(await faults(after)).toEqual({
      rateLimits: [
        {
          count: 2,
          pathPattern: '^/rest/api/3/myself',
          retryAfterSeconds: 2,
          reason: 'jira-quota-tenant-based',
        },
      ],
      serverErrors: { remaining: 2, status: 503, pathPattern: '^/rest/api/3/project' },
      latencyMs: 5,
      perIssueWriteLimit: true,
    });
    const limited = await after.call('/rest/api/3/myself', { as: DANA.email });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('ratelimit-reason')).toBe('jira-quota-tenant-based');

    // And once cleared they stay cleared after the next restart
    await setFaults(after, { clear: true });
    const cleared = await restart(after);
    expect(await faults(cleared)).toEqual(DEFAULT_FAULTS);
    expect((await cleared.call('/rest/api/3/myself', { as: DANA.email })).status).toBe(200);
  });

  it('starts without faults when started with reset: true', async () => {
    const before = await startHost();
    current = before;
    await setFaults(before, { latencyMs: 50, rateLimit: { retryAfterSeconds: 1 } });

    const after = await restart(before, { reset: true });

    expect(await faults(after)).toEqual(DEFAULT_FAULTS);
  });
});
