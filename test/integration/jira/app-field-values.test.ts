import { validateComponent } from './openapi-validator';
import {
  APP,
  as,
  createChange,
  forgeFieldId,
  makeStandIn,
  manifestCustomFields,
  obj,
  USERS,
  type Harness,
} from './stand-in-fixture';

const PULL_REQUEST = {
  repository: 'acme/payments-api',
  number: 412,
  url: 'https://github.com/acme/payments-api/pull/412',
  headSha: 'b'.repeat(40),
};

async function issueId(h: Harness, key: string): Promise<number> {
  return Number(obj((await h.call('GET', `/rest/api/3/issue/${key}?fields=summary`, APP)).json)['id']);
}

async function fieldsOf(h: Harness, key: string, ...fieldIds: string[]) {
  const got = await h.call(
    'GET',
    `/rest/api/3/issue/${key}?fields=${fieldIds.join(',')}&expand=changelog`,
    APP,
  );
  return { fields: obj(obj(got.json)['fields']), changelog: obj(obj(got.json)['changelog']) };
}

describe('app field value API (updateCustomFieldValue, updateMultipleCustomFieldValues)', () => {
  it('lets the app set a read-only field with PUT …/app/field/{id}/value, with a changelog and an update event', async () => {
    // Given a change and the manifest's read-only field
    const h = makeStandIn({ customFields: manifestCustomFields() });
    const key = await createChange(h);
    const id = await issueId(h, key);
    const pr = await forgeFieldId(h, 'cab-linked-pull-request');
    h.clock.set(Date.parse('2026-11-24T09:30:00.000Z'));
    // When the app writes it
    const put = await h.call('PUT', `/rest/api/3/app/field/${pr}/value`, APP, {
      updates: [{ issueIds: [id], value: PULL_REQUEST }],
    });
    // Then 204, the value is stored, `updated` moved and the changelog names the field
    expect(put.status).toBe(204);
    expect(put.raw.body).toBe('');
    const after = await fieldsOf(h, key, pr, 'updated');
    expect(after.fields[pr]).toEqual(PULL_REQUEST);
    expect(String(after.fields['updated'])).toMatch(/^2026-11-24T09:30:00/);
    expect(after.changelog['total']).toBe(1);
    // And avi:jira:updated:issue is emitted with the app as actor, so ignoreSelf drops it
    const event = h.events.at(-1);
    expect(event?.eventType).toBe('avi:jira:updated:issue');
    expect(event?.selfGenerated).toBe(true);
    expect(
      event?.eventType === 'avi:jira:updated:issue' ? event.changelog.items.map((i) => i.fieldId) : [],
    ).toEqual([pr]);
    // And null clears it
    const cleared = await h.call('PUT', `/rest/api/3/app/field/${pr}/value`, APP, {
      updates: [{ issueIds: [id], value: null }],
    });
    expect(cleared.status).toBe(204);
    expect((await fieldsOf(h, key, pr)).fields[pr]).toBeNull();
  });

  it('writes several fields on several issues with POST …/app/field/value, without a changelog when asked', async () => {
    const h = makeStandIn({ customFields: manifestCustomFields() });
    const [first, second] = [await createChange(h, 'one'), await createChange(h, 'two')];
    const [a, b] = [await issueId(h, first), await issueId(h, second)];
    const risk = await forgeFieldId(h, 'cab-risk');
    const pr = await forgeFieldId(h, 'cab-linked-pull-request');
    const before = h.events.length;
    // When the app sets risk on both and the pull request on one, with generateChangelog=false
    const post = await h.call('POST', '/rest/api/3/app/field/value?generateChangelog=false', APP, {
      updates: [
        { customField: risk, issueIds: [a, b], value: 'high' },
        { customField: pr, issueIds: [b], value: PULL_REQUEST },
      ],
    });
    // Then both issues hold the values, and no changelog or update event was made
    expect(post.status).toBe(204);
    expect((await fieldsOf(h, first, risk)).fields[risk]).toBe('high');
    const other = await fieldsOf(h, second, risk, pr);
    expect(other.fields).toEqual({ [risk]: 'high', [pr]: PULL_REQUEST });
    expect(other.changelog['total']).toBe(0);
    expect(h.events.length).toBe(before);
  });

  it('answers 403 to users and for fields the app did not declare, 404 for unknown fields and issues', async () => {
    const h = makeStandIn({ customFields: manifestCustomFields() });
    const key = await createChange(h);
    const id = await issueId(h, key);
    const pr = await forgeFieldId(h, 'cab-linked-pull-request');
    const body = { updates: [{ issueIds: [id], value: PULL_REQUEST }] };
    const cases: [string, Awaited<ReturnType<Harness['call']>>, number][] = [
      ['an agent', await h.call('PUT', `/rest/api/3/app/field/${pr}/value`, as(USERS.morgan), body), 403],
      [
        'an admin',
        await h.call('POST', '/rest/api/3/app/field/value', as(USERS.alex), {
          updates: [{ customField: pr, issueIds: [id], value: PULL_REQUEST }],
        }),
        403,
      ],
      [
        'a JSM field',
        await h.call('PUT', '/rest/api/3/app/field/customfield_10030/value', APP, {
          updates: [{ issueIds: [id], value: [] }],
        }),
        403,
      ],
      [
        'a system field',
        await h.call('PUT', '/rest/api/3/app/field/summary/value', APP, {
          updates: [{ issueIds: [id], value: 'x' }],
        }),
        403,
      ],
      [
        'an unknown field',
        await h.call('PUT', '/rest/api/3/app/field/customfield_99999/value', APP, body),
        404,
      ],
      [
        'an unknown issue',
        await h.call('PUT', `/rest/api/3/app/field/${pr}/value`, APP, {
          updates: [{ issueIds: [99999], value: PULL_REQUEST }],
        }),
        404,
      ],
    ];
    for (const [name, response, status] of cases) {
      expect({ name, status: response.status }).toEqual({ name, status });
      expect(validateComponent('ErrorCollection', response.json)).toEqual([]);
    }
    expect(String(obj(cases[0]?.[1].json)['errorMessages'])).toMatch(
      /not authenticated as the app that provided the field/,
    );
    expect((await fieldsOf(h, key, pr)).fields[pr]).toBeNull();
  });

  it('answers 400 for unknown keys, duplicates and bad values, and writes nothing of a failed request', async () => {
    const h = makeStandIn({ customFields: manifestCustomFields() });
    const key = await createChange(h);
    const id = await issueId(h, key);
    const risk = await forgeFieldId(h, 'cab-risk');
    const pr = await forgeFieldId(h, 'cab-linked-pull-request');
    const before = h.events.length;
    const post = (updates: unknown, query = '') =>
      h.call('POST', `/rest/api/3/app/field/value${query}`, APP, { updates });
    const cases: [string, Awaited<ReturnType<Harness['call']>>, RegExp][] = [
      [
        'unknown key',
        await post([{ customField: risk, issueIds: [id], value: 'low', note: 'x' }]),
        /Invalid request/,
      ],
      ['missing value', await post([{ customField: risk, issueIds: [id] }]), /Invalid request/],
      [
        'issue key, not id',
        await post([{ customField: risk, issueIds: [key], value: 'low' }]),
        /Invalid request/,
      ],
      [
        'duplicate combination',
        await post([
          { customField: risk, issueIds: [id], value: 'low' },
          { customField: risk, issueIds: [id], value: 'high' },
        ]),
        /unique/,
      ],
      [
        'one bad value among good ones',
        await post([
          { customField: risk, issueIds: [id], value: 'low' },
          { customField: pr, issueIds: [id], value: { ...PULL_REQUEST, headSha: 'nope' } },
        ]),
        /Linked pull request: .*headSha/,
      ],
      [
        'bad generateChangelog',
        await post([{ customField: risk, issueIds: [id], value: 'low' }], '?generateChangelog=maybe'),
        /generateChangelog/,
      ],
      [
        'single-field body with a field key',
        await h.call('PUT', `/rest/api/3/app/field/${risk}/value`, APP, {
          updates: [{ customField: risk, issueIds: [id], value: 'low' }],
        }),
        /Invalid request/,
      ],
    ];
    for (const [name, response, message] of cases) {
      expect({ name, status: response.status }).toEqual({ name, status: 400 });
      expect(validateComponent('ErrorCollection', response.json)).toEqual([]);
      const body = obj(response.json);
      expect(`${name}: ${JSON.stringify([body['errorMessages'], body['errors']])}`).toMatch(message);
    }
    // And the good value of the failed request was not written either
    expect((await fieldsOf(h, key, risk)).fields[risk]).toBeNull();
    expect(h.events.length).toBe(before);
  });
});
