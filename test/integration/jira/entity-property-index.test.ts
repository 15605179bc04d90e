/**
 * JQL on issue entity properties finds only what the app's `jira:entityProperty` modules have Jira index,
 * by the declared type; a `type: date` value only in the documented forms (jira-entity-property, "Property
 * values"; docs/platform-assumptions.md).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { forgeEntityPropertyModules } from '../../../local/jira/create-jira-stand-in';
import { APP, arr, createChange, makeStandIn, obj, type Harness } from './stand-in-fixture';

const manifest: unknown = parse(readFileSync(join(__dirname, '../../../manifest.yml'), 'utf8'));

async function withProperty(h: Harness, value: unknown): Promise<string> {
  const key = await createChange(h);
  const put = await h.call('PUT', `/rest/api/3/issue/${key}/properties/async-cab`, APP, value);
  expect(put.status).toBe(201);
  return key;
}

async function search(h: Harness, jql: string): Promise<{ status: number; keys: unknown[]; error: unknown }> {
  const response = await h.call('POST', '/rest/api/3/search/jql', APP, { jql: `${jql} ORDER BY key ASC` });
  const body = obj(response.json);
  return {
    status: response.status,
    keys: response.status === 200 ? arr(body['issues']).map((issue) => obj(issue)['key']) : [],
    error: response.status === 200 ? undefined : arr(body['errorMessages'])[0],
  };
}

describe('issue property values JQL can find (manifest jira:entityProperty)', () => {
  let h: Harness;
  const keys: Record<string, string> = {};
  beforeAll(async () => {
    // Given the app's real modules: async-cab.overdue (string, cabOverdue), async-cab.deadline (date, cabDeadline)
    h = makeStandIn({ entityProperties: forgeEntityPropertyModules(manifest) });
    const deadlines = {
      utc: '2026-12-01T10:00:00Z',
      offset: '2026-12-01T12:00:00+02:00',
      dateOnly: '2026-12-01',
      milliseconds: '2026-12-01T10:00:00.000Z',
      noSeconds: '2026-12-01T10:00Z',
      noColonOffset: '2026-12-01T10:00:00+0000',
      notInCalendar: '2026-02-30T10:00:00Z',
      epochNumber: Date.parse('2026-12-01T10:00:00Z'),
    };
    for (const [name, deadline] of Object.entries(deadlines))
      keys[name] = await withProperty(h, { overdue: 'true', deadline, undeclared: 7 });
  });
  const named = (...names: string[]) => names.map((name) => keys[name]);

  it('indexes a date value only in the documented forms, so a value with milliseconds is not found', async () => {
    // When the app searches for deadlines before 2 December, by path and by search alias
    const byPath = await search(h, 'issue.property[async-cab].deadline < "2026-12-02"');
    const byAlias = await search(h, 'cabDeadline < "2026-12-02"');

    // Then only YYYY-MM-DD and YYYY-MM-DDThh:mm:ss with Z or ±hh:mm are indexed
    expect(byPath).toEqual({ status: 200, keys: named('utc', 'offset', 'dateOnly'), error: undefined });
    expect(byAlias.keys).toEqual(byPath.keys);
    expect((await search(h, 'cabDeadline is EMPTY')).keys).toEqual(
      named('milliseconds', 'noSeconds', 'noColonOffset', 'notInCalendar', 'epochNumber'),
    );
  });

  it('compares dates as instants, against JQL dates and ISO date-times with an offset', async () => {
    expect((await search(h, 'cabDeadline = "2026-12-01T10:00:00Z"')).keys).toEqual(named('utc', 'offset'));
    expect((await search(h, 'cabDeadline >= "2026-12-01T09:00:00-01:00"')).keys).toEqual(
      named('utc', 'offset'),
    );
    expect((await search(h, 'cabDeadline > "2026-12-01 09:00"')).keys).toEqual(named('utc', 'offset'));
    expect((await search(h, 'cabDeadline <= "2026-12-01"')).keys).toEqual(named('dateOnly'));
  });

  it('finds nothing on a path no module declares, and strings only as written', async () => {
    expect((await search(h, 'issue.property[async-cab].undeclared = 7')).keys).toEqual([]);
    expect((await search(h, 'cabOverdue = true')).keys).toHaveLength(8);
    expect((await search(h, 'issue.property[async-cab].overdue = TRUE')).keys).toEqual([]);
  });

  it('refuses operators the declared type does not support', async () => {
    expect(await search(h, 'cabOverdue < "b"')).toMatchObject({
      status: 400,
      error: "The operator '<' is not supported by the 'cabOverdue' field.",
    });
    expect((await search(h, 'cabDeadline = "next tuesday"')).status).toBe(400);
  });
});
