import type { ForgeEntityPropertyModule } from '../../../local/jira/jql/entity-property-index';
import { validateComponent, validateOperationResponse } from './openapi-validator';
import { APP, arr, as, makeStandIn, obj, USERS, type Harness } from './stand-in-fixture';

/** The app's `async-cab` module (manifest.yml) plus a number path, as a manifest would declare them. */
const ENTITY_PROPERTIES: ForgeEntityPropertyModule[] = [
  {
    key: 'cab-deadline-property',
    entityType: 'issue',
    propertyKey: 'async-cab',
    values: [
      { path: 'overdue', type: 'string', searchAlias: 'cabOverdue' },
      { path: 'deadline', type: 'date', searchAlias: 'cabDeadline' },
      { path: 'pr', type: 'number' },
    ],
  },
];

async function seedIssues(h: Harness, count: number): Promise<string[]> {
  const keys: string[] = [];
  for (let i = 0; i < count; i += 1) {
    h.clock.set(Date.parse('2026-11-20T09:00:00.000Z') + i * 3_600_000);
    const created = await h.call('POST', '/rest/api/3/issue', APP, {
      fields: { project: { key: 'CHG' }, issuetype: { id: '10005' }, summary: `Change ${i}` },
      properties: [{ key: 'async-cab', value: { pr: 400 + i, deadline: `2026-11-2${i % 10}T12:00:00Z` } }],
    });
    keys.push(String(obj(created.json)['key']));
  }
  return keys;
}

const keysOf = (json: unknown) => arr(obj(json)['issues']).map((i) => obj(i)['key']);

describe('GET|POST /rest/api/3/search/jql', () => {
  it('pages with nextPageToken, has no total and returns ids only by default', async () => {
    // Given five changes
    const h = makeStandIn();
    const keys = await seedIssues(h, 5);
    // When the app pages through them two at a time
    const seen: unknown[] = [];
    let token: string | undefined;
    let pages = 0;
    do {
      const response = await h.call('POST', '/rest/api/3/search/jql', APP, {
        jql: 'project = CHG ORDER BY created ASC',
        maxResults: 2,
        ...(token ? { nextPageToken: token } : {}),
      });
      expect(response.status).toBe(200);
      expect(validateOperationResponse('POST', '/rest/api/3/search/jql', 200, response.json)).toEqual([]);
      const body = obj(response.json);
      expect(body).not.toHaveProperty('total');
      seen.push(...keysOf(body));
      expect(obj(arr(body['issues'])[0])).not.toHaveProperty('fields');
      token = typeof body['nextPageToken'] === 'string' ? body['nextPageToken'] : undefined;
      expect(body['isLast']).toBe(token === undefined);
      pages += 1;
    } while (token !== undefined);
    // Then every issue came exactly once, in order, over three pages
    expect(pages).toBe(3);
    expect(seen).toEqual(keys);
  });

  it('supports the clauses the app uses', async () => {
    const h = makeStandIn({ entityProperties: ENTITY_PROPERTIES });
    const keys = await seedIssues(h, 4);
    await h.call('POST', `/rest/api/3/issue/${keys[1] ?? ''}/transitions`, APP, { transition: { id: '61' } });
    const search = async (jql: string, extra = '') => {
      const response = await h.call(
        'GET',
        `/rest/api/3/search/jql?jql=${encodeURIComponent(jql)}${extra}`,
        APP,
      );
      expect({ jql, status: response.status }).toEqual({ jql, status: 200 });
      return keysOf(response.json);
    };
    expect(await search('project = CHG AND status = "Cancelled"')).toEqual([keys[1]]);
    expect(await search('project = CHG AND status in ("Draft", Cancelled) ORDER BY key ASC')).toEqual(keys);
    expect(await search('issue.property[async-cab].pr = 402')).toEqual([keys[2]]);
    expect(await search('issue.property[async-cab].pr != 402 ORDER BY key ASC')).toEqual([
      keys[0],
      keys[1],
      keys[3],
    ]);
    expect(await search('issue.property[async-cab].pr <= 401 ORDER BY key DESC')).toEqual([keys[1], keys[0]]);
    expect(await search('issue.property[async-cab].deadline < "2026-11-22" ORDER BY key ASC')).toEqual([
      keys[0],
      keys[1],
    ]);
    expect(await search(`key in (${keys[0] ?? ''}, ${keys[3] ?? ''}) ORDER BY key ASC`)).toEqual([
      keys[0],
      keys[3],
    ]);
    // ...but not one that names no issue: that fails the whole search (inferred)
    const unknown = await h.call('POST', '/rest/api/3/search/jql', APP, {
      jql: `key in (${keys[0] ?? ''}, CHG-404)`,
    });
    expect(unknown.status).toBe(400);
    expect(arr(obj(unknown.json)['errorMessages'])).toEqual([
      "An issue with key 'CHG-404' does not exist for field 'key'.",
    ]);
    expect(await search('project = CHG AND created >= "2026-11-20 11:00" ORDER BY created ASC')).toEqual([
      keys[2],
      keys[3],
    ]);
    expect(await search('project = CHG AND created >= -1d ORDER BY created ASC')).toEqual(keys);
    // fields and properties come back when asked for
    const withFields = await h.call(
      'GET',
      `/rest/api/3/search/jql?jql=${encodeURIComponent(`key = ${keys[0] ?? ''}`)}&fields=summary,status&properties=async-cab`,
      APP,
    );
    const issue = obj(arr(obj(withFields.json)['issues'])[0]);
    expect(Object.keys(obj(issue['fields'])).sort()).toEqual(['status', 'summary']);
    expect(obj(issue['properties'])['async-cab']).toMatchObject({ pr: 400 });
  });

  it('filters by the Request Type and by what the caller may see', async () => {
    const h = makeStandIn();
    await h.call('POST', '/rest/servicedeskapi/request', as(USERS.dana), {
      serviceDeskId: '1',
      requestTypeId: '11',
      requestFieldValues: { summary: 'Hotfix' },
    });
    await h.call('POST', '/rest/servicedeskapi/request', as(USERS.dev), {
      serviceDeskId: '1',
      requestTypeId: '10',
      requestFieldValues: { summary: 'Normal' },
    });
    const jql = encodeURIComponent('project = CHG AND "Request Type" = "Emergency change"');
    expect(keysOf((await h.call('GET', `/rest/api/3/search/jql?jql=${jql}`, APP)).json)).toEqual(['CHG-1']);
    const all = encodeURIComponent('project = CHG ORDER BY key ASC');
    expect(keysOf((await h.call('GET', `/rest/api/3/search/jql?jql=${all}`, as(USERS.dana))).json)).toEqual([
      'CHG-1',
    ]);
    expect(keysOf((await h.call('GET', `/rest/api/3/search/jql?jql=${all}`, as(USERS.morgan))).json)).toEqual(
      ['CHG-1', 'CHG-2'],
    );
  });

  it('answers 400 for unsupported or unbounded JQL and 410 for the removed search', async () => {
    const h = makeStandIn();
    const cases: [string, RegExp][] = [
      ['project = CHG OR project = OPS', /^Error in the JQL Query: .*'OR'/],
      ['summary ~ "cert"', /^Error in the JQL Query: .*'~'/],
      ['(project = CHG)', /^Error in the JQL Query: /],
      ['ORDER BY key', /^Unbounded JQL queries are not allowed here/],
      ['', /^Unbounded JQL queries are not allowed here/],
      ['colour = blue', /^Field 'colour' does not exist/],
      ['project = CHG ORDER BY priority', /Sorting by 'priority' is not supported/],
      // A key that names no issue fails the whole search (inferred)
      ['key = CHG-404', /^An issue with key 'CHG-404' does not exist for field 'key'\./],
    ];
    for (const [jql, message] of cases) {
      const response = await h.call('POST', '/rest/api/3/search/jql', APP, { jql });
      expect({ jql, status: response.status }).toEqual({ jql, status: 400 });
      expect(validateComponent('ErrorCollection', response.json)).toEqual([]);
      expect(arr(obj(response.json)['errorMessages'])[0]).toMatch(message);
    }
    const badToken = await h.call('POST', '/rest/api/3/search/jql', APP, {
      jql: 'project = CHG',
      nextPageToken: 'nope',
    });
    expect(badToken.status).toBe(400);
    for (const method of ['GET', 'POST']) {
      const removed = await h.call(
        method,
        '/rest/api/3/search?jql=project%3DCHG',
        APP,
        method === 'POST' ? {} : undefined,
      );
      expect(removed.status).toBe(410);
      expect(arr(obj(removed.json)['errorMessages'])[0]).toMatch(
        /migrate to the \/rest\/api\/3\/search\/jql API.*CHANGE-2046/,
      );
    }
  });
});
