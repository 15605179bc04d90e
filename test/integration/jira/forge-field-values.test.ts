import { jsm } from './jsm-schemas';
import { validateComponent } from './openapi-validator';
import {
  APP,
  arr,
  as,
  createChange,
  forgeFieldId,
  makeStandIn,
  manifestCustomFields,
  obj,
  USERS,
  type Harness,
} from './stand-in-fixture';

const WINDOW = { start: '2026-12-01T10:00:00Z', end: '2026-12-01T11:00:00Z', timeZone: 'Europe/London' };

async function ids(h: Harness) {
  return {
    systems: await forgeFieldId(h, 'cab-affected-systems'),
    risk: await forgeFieldId(h, 'cab-risk'),
    window: await forgeFieldId(h, 'cab-change-window'),
  };
}

/** The `errors` of a platform 400, after checking the body is the documented `ErrorCollection`. */
function fieldErrors(result: { status: number; json: unknown }) {
  expect(result.status).toBe(400);
  expect(validateComponent('ErrorCollection', result.json)).toEqual([]);
  return obj(obj(result.json)['errors']);
}

describe('Forge custom field values follow the Forge data types', () => {
  it('refuses on Edit issue a string over 254 characters, a wrong type, a bad object and an oversized list', async () => {
    // Given a change and the manifest's fields
    const h = makeStandIn({ customFields: manifestCustomFields() });
    const key = await createChange(h);
    const f = await ids(h);
    const edit = (fields: Record<string, unknown>) =>
      h.call('PUT', `/rest/api/3/issue/${key}`, APP, { fields });
    // When values break the field's type or limits, Then each is a 400 whose message names the field
    const cases: [string, Record<string, unknown>, string, RegExp][] = [
      ['string too long', { [f.risk]: 'x'.repeat(255) }, f.risk, /^Change risk: .*254 characters/],
      ['not a string', { [f.risk]: 5 }, f.risk, /^Change risk: .*must be a string/],
      ['bad date-time', { [f.window]: { ...WINDOW, start: 'soon' } }, f.window, /^Change window: .*\/start/],
      ['unknown key', { [f.window]: { ...WINDOW, owner: 'me' } }, f.window, /^Change window: .*owner/],
      ['missing key', { [f.window]: { start: WINDOW.start, end: WINDOW.end } }, f.window, /timeZone/],
      ['not an object', { [f.window]: 'tomorrow' }, f.window, /^Change window: .*must be an object/],
      ['over 100 values', { [f.systems]: Array.from({ length: 101 }, (_, i) => `s${i}`) }, f.systems, /100/],
      ['long list item', { [f.systems]: ['x'.repeat(255)] }, f.systems, /^Affected systems: .*254/],
    ];
    for (const [name, fields, fieldId, message] of cases) {
      const errors = fieldErrors(await edit(fields));
      expect({ name, matches: message.test(String(errors[fieldId])) }).toEqual({ name, matches: true });
    }
    // And nothing was written
    expect(h.events.map((e) => e.eventType)).toEqual(['avi:jira:created:issue']);
    // And values within the limits are accepted
    const ok = await edit({ [f.risk]: 'high', [f.window]: WINDOW, [f.systems]: ['x'.repeat(254)] });
    expect(ok.status).toBe(204);
    // And a value the field's own validation expression refuses is a 400 with the manifest's errorMessage
    const refused = fieldErrors(await edit({ [f.risk]: 'unsure' }));
    expect(refused[f.risk]).toBe('Choose the risk: low, medium, high or critical.');
    const stored = obj(
      obj((await h.call('GET', `/rest/api/3/issue/${key}?fields=${f.window}`, APP)).json)['fields'],
    );
    expect(stored[f.window]).toEqual(WINDOW);
  });

  it('refuses a non-number for a number field and a bad value on Create issue, creating nothing', async () => {
    // Given the fixture's number field and the manifest's object field
    const h = makeStandIn({
      customFields: [{ key: 'risk-score', name: 'Risk score', type: 'number' }, ...manifestCustomFields()],
    });
    const score = await forgeFieldId(h, 'risk-score');
    const window = await forgeFieldId(h, 'cab-change-window');
    // When the app creates a change with a text score and a window without a time zone
    const created = await h.call('POST', '/rest/api/3/issue', APP, {
      fields: {
        project: { key: 'CHG' },
        issuetype: { id: '10005' },
        summary: 'Rotate keys',
        [score]: 'high',
        [window]: { start: WINDOW.start, end: WINDOW.end },
      },
    });
    // Then both fields are reported and no issue exists
    const errors = fieldErrors(created);
    expect(String(errors[score])).toMatch(/^Risk score: .*must be a number/);
    expect(String(errors[window])).toMatch(/^Change window: .*timeZone/);
    expect(h.events).toEqual([]);
    expect((await h.call('GET', '/rest/api/3/issue/CHG-1', APP)).status).toBe(404);
  });

  it('answers a bad requestFieldValues value with JSM 400 naming the field', async () => {
    const h = makeStandIn({ customFields: manifestCustomFields() });
    const f = await ids(h);
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ [f.risk]: 'y'.repeat(300) }, /^Change risk: .*254 characters/],
      [{ [f.window]: { ...WINDOW, end: 'later' } }, /^Change window: .*\/end/],
    ];
    for (const [values, message] of cases) {
      // When Dana raises a change with a value that breaks the field's rules
      const response = await h.call('POST', '/rest/servicedeskapi/request', as(USERS.dana), {
        serviceDeskId: '1',
        requestTypeId: '10',
        requestFieldValues: { summary: 'Move the CDN', ...values },
      });
      // Then JSM's error body names the field and what is wrong
      expect(response.status).toBe(400);
      expect(jsm.ErrorResponseSchema.safeParse(response.json).success).toBe(true);
      expect(String(obj(response.json)['errorMessage'])).toMatch(message);
    }
    expect(h.events).toEqual([]);
  });
});

describe('read-only Forge fields', () => {
  const PULL_REQUEST = {
    repository: 'acme/payments-api',
    number: 412,
    url: 'https://github.com/acme/payments-api/pull/412',
    headSha: 'a'.repeat(40),
  };
  const CANNOT_BE_SET = (id: string) =>
    `Field '${id}' cannot be set. It is not on the appropriate screen, or unknown.`;

  it('cannot be written through Edit issue, Create issue or a transition, by users or the app', async () => {
    // Given a change and the manifest's read-only linked pull request field
    const h = makeStandIn({ customFields: manifestCustomFields() });
    const key = await createChange(h);
    const pr = await forgeFieldId(h, 'cab-linked-pull-request');
    // When the app and an agent set it, with `fields` and with an `update` verb
    const attempts = [
      await h.call('PUT', `/rest/api/3/issue/${key}`, APP, { fields: { [pr]: PULL_REQUEST } }),
      await h.call('PUT', `/rest/api/3/issue/${key}`, as(USERS.morgan), { fields: { [pr]: PULL_REQUEST } }),
      await h.call('PUT', `/rest/api/3/issue/${key}`, APP, { update: { [pr]: [{ set: PULL_REQUEST }] } }),
    ];
    // Then Jira answers each as a field that cannot be set
    for (const attempt of attempts) expect(fieldErrors(attempt)).toEqual({ [pr]: CANNOT_BE_SET(pr) });
    const transition = await h.call('POST', `/rest/api/3/issue/${key}/transitions`, APP, {
      transition: { id: '13' },
      fields: { [pr]: PULL_REQUEST },
    });
    expect(transition.status).toBe(400);
    expect(obj(obj(transition.json)['errors'])).toEqual({ [pr]: CANNOT_BE_SET(pr) });
    // And Create issue refuses it too
    const created = await h.call('POST', '/rest/api/3/issue', APP, {
      fields: { project: { key: 'CHG' }, issuetype: { id: '10005' }, summary: 'x', [pr]: PULL_REQUEST },
    });
    expect(fieldErrors(created)).toEqual({ [pr]: CANNOT_BE_SET(pr) });
    // And nothing changed
    expect(h.events.map((e) => e.eventType)).toEqual(['avi:jira:created:issue']);
    const fields = obj(
      obj((await h.call('GET', `/rest/api/3/issue/${key}?fields=${pr}`, APP)).json)['fields'],
    );
    expect(fields[pr]).toBeNull();
  });

  it('is neither on the change request types nor accepted in requestFieldValues', async () => {
    const h = makeStandIn({ customFields: manifestCustomFields() });
    const pr = await forgeFieldId(h, 'cab-linked-pull-request');
    // When the request types' fields are read
    for (const typeId of ['10', '11']) {
      const meta = obj(
        (await h.call('GET', `/rest/servicedeskapi/servicedesk/1/requesttype/${typeId}/field`, APP)).json,
      );
      // Then the read-only field is not among them
      expect(arr(meta['requestTypeFields']).map((f) => obj(f)['fieldId'])).not.toContain(pr);
    }
    // And JSM refuses a request that sets it, even from the app
    const response = await h.call('POST', '/rest/servicedeskapi/request', APP, {
      serviceDeskId: '1',
      requestTypeId: '10',
      requestFieldValues: { summary: 'From GitHub', [pr]: PULL_REQUEST },
    });
    expect(response.status).toBe(400);
    expect(jsm.ErrorResponseSchema.safeParse(response.json).success).toBe(true);
    expect(String(obj(response.json)['errorMessage'])).toMatch(/Linked pull request/);
    expect(h.events).toEqual([]);
  });
});
