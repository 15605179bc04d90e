/**
 * `POST /_local/faults` switches on the random-share mode and the outage (local/jira/faults.ts); both are kept in
 * the host's data like the other switches. A local test setting, not a Jira behaviour (docs/platform-assumptions.md,
 * "Jira stand-in: random-share faults").
 */
import { DANA, startHost, type StartedHost } from './host-harness';

async function setFaults(started: StartedHost, change: unknown): Promise<Response> {
  return started.call('/_local/faults', { method: 'POST', body: JSON.stringify(change) });
}

async function statusesOf(
  started: StartedHost,
  count: number,
  path = '/rest/api/3/myself',
): Promise<number[]> {
  const statuses: number[] = [];
  for (let i = 0; i < count; i += 1) statuses.push((await started.call(path, { as: DANA.email })).status);
  return statuses;
}

describe('random-share faults and outages through /_local/faults', () => {
  let current: StartedHost | undefined;
  afterEach(async () => {
    await current?.stop();
    current = undefined;
  });

  it('fails a seeded share of Jira requests, the same ones again after a restart, until cleared', async () => {
    // Given a fifth of the requests failing at random, seed 42
    const before = await startHost();
    current = before;
    const set = await setFaults(before, { random: { share: 0.2, statuses: [429, 503], seed: 42 } });
    expect(set.status).toBe(200);
    expect(await set.json()).toMatchObject({
      random: { share: 0.2, statuses: [429, 503], seed: 42, retryAfterSeconds: 1 },
    });
    const first = await statusesOf(before, 100);
    expect(first.filter((status) => status !== 200).length).toBeGreaterThan(5);
    expect(new Set(first)).toEqual(new Set([200, 429, 503]));

    // When the host restarts on the same data, the setting is back and its sequence starts again from the seed
    await before.stop({ keepData: true });
    const after = await startHost({ dataDir: before.dataDir });
    current = after;
    expect(await statusesOf(after, 100)).toEqual(first);

    // Then clearing it lets every request through
    await setFaults(after, { clear: true });
    expect(new Set(await statusesOf(after, 20))).toEqual(new Set([200]));
  });

  it('keeps an outage (a serverError without count) on every matching request, across a restart', async () => {
    const before = await startHost();
    current = before;
    await setFaults(before, { serverError: { status: 503, pathPattern: '^/rest/api/3/myself' } });
    expect(await statusesOf(before, 10)).toEqual(Array.from({ length: 10 }, () => 503));

    await before.stop({ keepData: true });
    const after = await startHost({ dataDir: before.dataDir });
    current = after;
    expect(await (await after.call('/_local/faults')).json()).toMatchObject({
      serverErrors: { status: 503, pathPattern: '^/rest/api/3/myself' },
    });
    expect(await statusesOf(after, 3)).toEqual([503, 503, 503]);
    expect(await statusesOf(after, 1, '/rest/servicedeskapi/servicedesk')).toEqual([200]);
  });

  it('refuses a share outside 0 to 1 or a pattern that is no regular expression, naming the field', async () => {
    current = await startHost();
    const share = await setFaults(current, { random: { share: 1.5 } });
    const pattern = await setFaults(current, { random: { share: 0.1, pathPattern: '(' } });

    expect(share.status).toBe(400);
    expect(await share.json()).toMatchObject({ errors: [{ field: 'random.share' }] });
    expect(pattern.status).toBe(400);
    expect(await pattern.json()).toMatchObject({ errors: [{ field: 'random.pathPattern' }] });
  });
});
