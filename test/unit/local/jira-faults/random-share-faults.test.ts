/**
 * The stand-in's random-share fault mode and its outage (local/jira/faults.ts, local/jira/random-faults.ts): a
 * local test setting, not a Jira behaviour (docs/platform-assumptions.md, "Jira stand-in: random-share faults").
 */
import { createFaultEngine, type FaultEngine } from '../../../../local/jira/faults';

const NOW = Date.parse('2026-11-24T09:00:00.000Z');
const MYSELF = '/rest/api/3/myself';

/** The status of each of `count` requests to `path`: the fault's, or 200 when none applies. */
function statusesOf(engine: FaultEngine, count: number, path = MYSELF): number[] {
  return Array.from({ length: count }, () => engine.intercept(path, NOW)?.status ?? 200);
}

describe('random-share faults', () => {
  it('fails about the chosen share of matching requests, with the chosen statuses only', () => {
    // Given a share of 0.2 failing with 429, 500 or 503
    const engine = createFaultEngine(false);
    engine.switches.random({ share: 0.2, statuses: [429, 500, 503], seed: 42 });

    // When 1000 requests come
    const statuses = statusesOf(engine, 1000);

    // Then about 200 of them fail, spread over the three statuses
    const failed = statuses.filter((status) => status !== 200);
    expect(failed.length).toBeGreaterThan(150);
    expect(failed.length).toBeLessThan(250);
    expect(new Set(failed)).toEqual(new Set([429, 500, 503]));
  });

  it('fails the same requests for the same seed, and others for another seed', () => {
    const [first, second, other] = [42, 42, 43].map((seed) => {
      const engine = createFaultEngine(false);
      engine.switches.random({ share: 0.2, seed });
      return statusesOf(engine, 200);
    });

    expect(first).toEqual(second);
    expect(other).not.toEqual(first);
  });

  it('answers a random 429 as a Jira rate limit, with a short Retry-After', () => {
    const engine = createFaultEngine(false);
    engine.switches.random({ share: 1, statuses: [429], seed: 7 });

    const limited = engine.intercept('/rest/servicedeskapi/request', NOW);

    expect(limited?.status).toBe(429);
    expect(limited?.headers).toMatchObject({ 'retry-after': '1', 'ratelimit-reason': 'jira-burst-based' });
    expect(JSON.parse(limited?.body ?? '{}')).toHaveProperty('errorMessage');
  });

  it('leaves paths outside its pattern alone and stops when cleared', () => {
    // Given every request to issues failing
    const engine = createFaultEngine(false);
    engine.switches.random({ share: 1, seed: 7, pathPattern: '^/rest/api/3/issue' });
    expect(engine.switches.state().random).toMatchObject({ share: 1, seed: 7, statuses: [429, 500, 503] });

    // Then other paths go through, and nothing fails once cleared
    expect(statusesOf(engine, 20)).toEqual(Array.from({ length: 20 }, () => 200));
    expect(statusesOf(engine, 1, '/rest/api/3/issue/CHG-1')).not.toEqual([200]);
    engine.switches.clear();
    expect(statusesOf(engine, 20, '/rest/api/3/issue/CHG-1')).toEqual(Array.from({ length: 20 }, () => 200));
    expect(engine.switches.state()).not.toHaveProperty('random');
  });
});

describe('a Jira outage', () => {
  it('answers every matching request with the 5xx until cleared when no count is given', () => {
    // Given a 503 with no count on project paths
    const engine = createFaultEngine(false);
    engine.switches.serverError({ status: 503, pathPattern: '^/rest/api/3/project' });

    // Then every project request fails, others go through, and the state shows no count
    expect(statusesOf(engine, 50, '/rest/api/3/project/CHG')).toEqual(Array.from({ length: 50 }, () => 503));
    expect(statusesOf(engine, 1)).toEqual([200]);
    expect(engine.switches.state().serverErrors).toEqual({
      status: 503,
      pathPattern: '^/rest/api/3/project',
    });

    // And once cleared the project answers again
    engine.switches.clear();
    expect(statusesOf(engine, 1, '/rest/api/3/project/CHG')).toEqual([200]);
  });

  it('still counts down a 5xx given a count', () => {
    const engine = createFaultEngine(false);
    engine.switches.serverError({ count: 2 });

    expect(statusesOf(engine, 3)).toEqual([500, 500, 200]);
    expect(engine.switches.state().serverErrors).toBeNull();
  });
});
