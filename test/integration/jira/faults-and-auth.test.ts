import Database from 'better-sqlite3';
import { jsm } from './jsm-schemas';
import { APP, arr, as, makeStandIn, obj, USERS } from './stand-in-fixture';

async function newIssue(h: ReturnType<typeof makeStandIn>): Promise<string> {
  const created = await h.call('POST', '/rest/api/3/issue', APP, {
    fields: { project: { key: 'CHG' }, issuetype: { id: '10005' }, summary: 'Busy issue' },
  });
  return String(obj(created.json)['key']);
}

describe('fault switches', () => {
  it('answers 429 with Jira rate-limit headers for the next N requests, then recovers', async () => {
    // Given a 429 switched on for the next two requests
    const h = makeStandIn();
    h.standIn.faults.rateLimit({ count: 2, retryAfterSeconds: 7, reason: 'jira-quota-tenant-based' });
    // When the app calls three times
    const first = await h.call('GET', '/rest/api/3/myself', APP);
    const second = await h.call('GET', '/rest/servicedeskapi/servicedesk', APP);
    const third = await h.call('GET', '/rest/api/3/myself', APP);
    // Then the first two are 429 in each API's error shape, with Retry-After and the reason
    expect([first.status, second.status, third.status]).toEqual([429, 429, 200]);
    expect(first.headers).toMatchObject({
      'retry-after': '7',
      'ratelimit-reason': 'jira-quota-tenant-based',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': '2026-11-24T09:00:07.000Z',
    });
    expect(obj(first.json)).toHaveProperty('errorMessages');
    expect(jsm.ErrorResponseSchema.safeParse(second.json).success).toBe(true);
    expect(obj(second.json)).toHaveProperty('errorMessage');
  });

  it('rate-limits only a path pattern until cleared', async () => {
    const h = makeStandIn();
    h.standIn.faults.rateLimit({ pathPattern: '^/rest/api/3/search/jql' });
    expect((await h.call('GET', '/rest/api/3/search/jql?jql=project%3DCHG', APP)).status).toBe(429);
    expect((await h.call('GET', '/rest/api/3/search/jql?jql=project%3DCHG', APP)).status).toBe(429);
    expect((await h.call('GET', '/rest/api/3/myself', APP)).status).toBe(200);
    expect(h.standIn.faults.state().rateLimits).toEqual([{ pathPattern: '^/rest/api/3/search/jql' }]);
    h.standIn.faults.clear();
    expect((await h.call('GET', '/rest/api/3/search/jql?jql=project%3DCHG', APP)).status).toBe(200);
  });

  it('answers 5xx for the next N requests and adds latency', async () => {
    const h = makeStandIn();
    h.standIn.faults.serverError({ count: 1, status: 503 });
    h.standIn.faults.latency(250);
    expect((await h.call('GET', '/rest/api/3/myself', APP)).status).toBe(503);
    expect((await h.call('GET', '/rest/api/3/myself', APP)).status).toBe(200);
    expect(h.sleeps).toEqual([250, 250]);
  });

  it('enforces 20 writes per 2 s per issue on the injected clock when switched on', async () => {
    // Given the per-issue write limit and one issue
    const h = makeStandIn();
    const key = await newIssue(h);
    const other = await newIssue(h);
    h.standIn.faults.perIssueWriteLimit(true);
    // When the app writes 21 properties within the same instant
    const statuses: number[] = [];
    for (let i = 0; i < 21; i += 1) {
      statuses.push((await h.call('PUT', `/rest/api/3/issue/${key}/properties/p${i}`, APP, { i })).status);
    }
    // Then the 21st write is refused with the per-issue reason, other issues and reads are unaffected
    expect(statuses.slice(0, 20).every((s) => s === 201)).toBe(true);
    const refused = await h.call('PUT', `/rest/api/3/issue/${key}/properties/late`, APP, { late: true });
    expect(statuses[20]).toBe(429);
    expect(refused.headers['ratelimit-reason']).toBe('jira-per-issue-on-write');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect((await h.call('PUT', `/rest/api/3/issue/${other}/properties/x`, APP, {})).status).toBe(201);
    expect((await h.call('GET', `/rest/api/3/issue/${key}/properties`, APP)).status).toBe(200);
    // And once 2 s pass on the clock, writes go through again
    h.clock.set(h.clock.now().getTime() + 2_001);
    expect((await h.call('PUT', `/rest/api/3/issue/${key}/properties/after`, APP, {})).status).toBe(201);
  });

  it('enforces 100 writes per 30 s per issue', async () => {
    const h = makeStandIn({ perIssueWriteLimit: true });
    const key = await newIssue(h);
    const start = h.clock.now().getTime();
    const statuses: number[] = [];
    for (let i = 0; i < 101; i += 1) {
      // 10 writes per 2.1 s never trips the 2 s window, but 101 writes within 30 s trip the 30 s one.
      h.clock.set(start + Math.floor(i / 10) * 2_100 + (i % 10));
      statuses.push((await h.call('PUT', `/rest/api/3/issue/${key}/properties/p`, APP, { i })).status);
    }
    expect(statuses.filter((s) => s === 429)).toHaveLength(1);
    expect(statuses[100]).toBe(429);
  });
});

describe('identity', () => {
  it('maps HTTP Basic with a seeded email and any token to that user, and refuses the rest', () => {
    const h = makeStandIn();
    const basic = (text: string) => `Basic ${Buffer.from(text).toString('base64')}`;
    expect(h.standIn.resolveBasicAuth(basic('Sam.Rivera@asynccab.example:any-token'))).toEqual({
      kind: 'user',
      accountId: USERS.sam,
    });
    expect(h.standIn.resolveBasicAuth(basic('nobody@asynccab.example:x'))).toBeNull();
    expect(h.standIn.resolveBasicAuth(basic('no-colon'))).toBeNull();
    expect(h.standIn.resolveBasicAuth('Bearer abc')).toBeNull();
    expect(h.standIn.resolveBasicAuth()).toBeNull();
  });

  it('answers 401 to anonymous and unknown callers in each API shape', async () => {
    const h = makeStandIn();
    const anonymous = await h.call('GET', '/rest/api/3/myself', { kind: 'anonymous' });
    expect(anonymous.status).toBe(401);
    expect(obj(anonymous.json)).toHaveProperty('errorMessages');
    const unknown = await h.call('GET', '/rest/servicedeskapi/servicedesk', as('712020:unknown'));
    expect(unknown.status).toBe(401);
    expect(jsm.ErrorResponseSchema.safeParse(unknown.json).success).toBe(true);
  });

  it('keeps state and Forge field ids across a restart on the same database', async () => {
    // Given a database with one request
    const db = new Database(':memory:');
    const first = makeStandIn({ db });
    await first.call('POST', '/rest/servicedeskapi/request', as(USERS.dana), {
      serviceDeskId: '1',
      requestTypeId: '10',
      requestFieldValues: { summary: 'Survives restarts' },
    });
    const fieldsBefore = (await first.call('GET', '/rest/api/3/field', APP)).json;
    // When a new stand-in opens it and seeds again
    const second = makeStandIn({ db });
    // Then the request, the seed and the field ids are unchanged
    const request = await second.call('GET', '/rest/servicedeskapi/request/CHG-1', as(USERS.dana));
    expect(obj(request.json)['summary']).toBe('Survives restarts');
    expect((await second.call('GET', '/rest/api/3/field', APP)).json).toEqual(fieldsBefore);
    const members = obj(
      (await second.call('GET', '/rest/api/3/group/member?groupname=cab-security', APP)).json,
    );
    expect(arr(members['values'])).toHaveLength(2);
    const next = await second.call('POST', '/rest/servicedeskapi/request', as(USERS.dana), {
      serviceDeskId: '1',
      requestTypeId: '10',
      requestFieldValues: { summary: 'Second' },
    });
    expect(obj(next.json)['issueKey']).toBe('CHG-2');
  });
});
