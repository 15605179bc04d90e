import { z } from 'zod';
import { adf, APP, arr, as, makeStandIn, obj, USERS } from './stand-in-fixture';

describe("JSM's email channel (createRequestFromEmail)", () => {
  it('raises a request as the sender with the subject as Summary and the body as Description, nothing else', async () => {
    const h = makeStandIn();
    // When Dana emails the desk, linked to the Change request type
    const outcome = h.standIn.createRequestFromEmail({
      fromEmail: 'Dana.Lee@asynccab.example',
      subject: 'Rotate the payments API keys',
      body: 'Keys expire Friday.',
      requestTypeId: '10',
    });
    // Then a request exists with Dana as reporter and creator
    expect(outcome).toEqual({
      kind: 'created',
      issueId: '10000',
      issueKey: 'CHG-1',
      reporterAccountId: USERS.dana,
    });
    const issue = obj((await h.call('GET', '/rest/api/3/issue/CHG-1', APP)).json);
    const fields = obj(issue['fields']);
    expect(fields['summary']).toBe('Rotate the payments API keys');
    expect(fields['description']).toEqual(adf('Keys expire Friday.'));
    expect(obj(fields['reporter'])['accountId']).toBe(USERS.dana);
    expect(obj(fields['creator'])['accountId']).toBe(USERS.dana);
    const request = obj((await h.call('GET', '/rest/servicedeskapi/request/CHG-1', as(USERS.dana))).json);
    expect(request['requestTypeId']).toBe('10');
    expect(arr(request['requestFieldValues']).map((v) => obj(v)['fieldId'])).toEqual([
      'summary',
      'description',
    ]);
    // And avi:jira:created:issue is emitted, caused by Dana
    expect(h.events.map((e) => [e.eventType, e.atlassianId, e.selfGenerated])).toEqual([
      ['avi:jira:created:issue', USERS.dana, false],
    ]);
  });

  it('lets a portal customer email the "Get IT help" type', () => {
    const h = makeStandIn();
    const outcome = h.standIn.createRequestFromEmail({
      fromEmail: 'riley.quinn@vendor.example',
      subject: 'VPN drops every hour',
      body: '',
      requestTypeId: '12',
    });
    expect(outcome).toMatchObject({ kind: 'created', reporterAccountId: USERS.riley });
  });

  it('reports an unknown sender and creates no account and no request', async () => {
    const h = makeStandIn();
    const outcome = h.standIn.createRequestFromEmail({
      fromEmail: 'stranger@elsewhere.example',
      subject: 'Hello',
      body: 'Can you help?',
      requestTypeId: '12',
    });
    expect(outcome).toMatchObject({ kind: 'unknown-sender', fromEmail: 'stranger@elsewhere.example' });
    expect(h.events).toEqual([]);
    expect(arr((await h.call('GET', '/rest/api/3/user/search?query=stranger', APP)).json)).toEqual([]);
  });

  it('creates nothing when the request type requires a field beyond Summary and Description', () => {
    // Given Change requires the rollback plan (a required field the email channel cannot fill)
    const h = makeStandIn();
    const type = h.db.prepare("SELECT fields_json FROM jira_request_types WHERE id = '10'").get();
    const fields = z
      .array(z.object({ fieldId: z.string(), required: z.boolean() }))
      .parse(JSON.parse(String(obj(type)['fields_json'])));
    const required = fields.map((f, index) => (index === 2 ? { ...f, required: true } : f));
    h.db
      .prepare("UPDATE jira_request_types SET fields_json = ? WHERE id = '10'")
      .run(JSON.stringify(required));
    // When Dana emails it
    const outcome = h.standIn.createRequestFromEmail({
      fromEmail: 'dana.lee@asynccab.example',
      subject: 'Change by email',
      body: 'Please',
      requestTypeId: '10',
    });
    // Then JSM creates no request
    expect(outcome.kind).toBe('not-created');
    expect(outcome.kind === 'not-created' ? outcome.reason : '').toMatch(
      /required fields other than Summary/,
    );
    expect(h.events).toEqual([]);
  });

  it('creates nothing for an empty subject, an unknown request type or a customer of another desk', () => {
    const h = makeStandIn();
    h.db.prepare('DELETE FROM jira_service_desk_customers WHERE account_id = ?').run(USERS.riley);
    const emails = [
      { fromEmail: 'dana.lee@asynccab.example', subject: '  ', body: 'x', requestTypeId: '10' },
      { fromEmail: 'dana.lee@asynccab.example', subject: 'x', body: 'x', requestTypeId: '99' },
      { fromEmail: 'riley.quinn@vendor.example', subject: 'x', body: 'x', requestTypeId: '12' },
    ];
    for (const email of emails) expect(h.standIn.createRequestFromEmail(email).kind).toBe('not-created');
    expect(h.events).toEqual([]);
  });
});
