import { jsm } from './jsm-schemas';
import { APP, arr, as, makeStandIn, obj, USERS } from './stand-in-fixture';

const STATUS_CATEGORIES = ['UNDEFINED', 'NEW', 'INDETERMINATE', 'DONE'];

describe('servicedeskapi', () => {
  it('lists the service desk, its request types and their fields in JSM shapes', async () => {
    // Given the demo site
    const h = makeStandIn();
    // When a customer reads the portal setup
    const desks = await h.call('GET', '/rest/servicedeskapi/servicedesk', as(USERS.dana));
    const types = await h.call('GET', '/rest/servicedeskapi/servicedesk/1/requesttype', as(USERS.dana));
    const fields = await h.call(
      'GET',
      '/rest/servicedeskapi/servicedesk/1/requesttype/10/field',
      as(USERS.dana),
    );
    // Then each answer parses with jira.js's schemas and carries the demo values
    expect(jsm.PagedServiceDeskSchema.safeParse(desks.json).success).toBe(true);
    expect(arr(obj(desks.json)['values']).map(obj)).toEqual([
      expect.objectContaining({ id: '1', projectKey: 'CHG', projectId: '10000' }),
    ]);
    expect(jsm.PagedRequestTypeSchema.safeParse(types.json).success).toBe(true);
    const typeValues = arr(obj(types.json)['values']).map(obj);
    expect(typeValues.map((t) => [t['id'], t['name'], t['practice'], t['restrictionStatus']])).toEqual([
      ['10', 'Change', 'change', 'OPEN'],
      ['11', 'Emergency change', 'change', 'OPEN'],
      ['12', 'Get IT help', 'service-request', 'OPEN'],
    ]);
    expect(jsm.CustomerRequestCreateMetaSchema.safeParse(fields.json).success).toBe(true);
    const meta = obj(fields.json);
    expect(meta['canRaiseOnBehalfOf']).toBe(false);
    const requestFields = arr(meta['requestTypeFields']).map(obj);
    expect(requestFields.find((f) => f['fieldId'] === 'summary')?.['required']).toBe(true);
    const risk = requestFields.find((f) => f['name'] === 'Risk');
    expect(obj(risk?.['jiraSchema'])['custom']).toMatch(/^ari:cloud:ecosystem::extension\//);
    const agentMeta = obj(
      (await h.call('GET', '/rest/servicedeskapi/servicedesk/1/requesttype/10/field', as(USERS.morgan))).json,
    );
    expect(agentMeta['canRaiseOnBehalfOf']).toBe(true);
  });

  it('creates a request from requestFieldValues and returns a CustomerRequest', async () => {
    const h = makeStandIn();
    const riskField = arr((await h.call('GET', '/rest/api/3/field', APP)).json)
      .map(obj)
      .find((f) => f['name'] === 'Risk');
    const riskId = String(riskField?.['id']);
    // When Dana raises a change with a Forge field
    const created = await h.call('POST', '/rest/servicedeskapi/request', as(USERS.dana), {
      serviceDeskId: '1',
      requestTypeId: '10',
      requestFieldValues: {
        summary: 'Move checkout to new CDN',
        description: 'Line one\nLine two',
        [riskId]: 'medium',
      },
    });
    // Then 201 with a CustomerRequest in Draft, reporter Dana, and a created event
    expect(created.status).toBe(201);
    expect(jsm.CustomerRequestSchema.safeParse(created.json).success).toBe(true);
    const request = obj(created.json);
    expect(request).toMatchObject({ issueKey: 'CHG-1', requestTypeId: '10', serviceDeskId: '1' });
    expect(obj(request['reporter'])['accountId']).toBe(USERS.dana);
    const status = obj(request['currentStatus']);
    expect(status['status']).toBe('Draft');
    expect(STATUS_CATEGORIES).toContain(status['statusCategory']);
    expect(arr(request['requestFieldValues']).map(obj)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ fieldId: 'description', value: 'Line one\nLine two' }),
        expect.objectContaining({ fieldId: riskId, value: 'medium' }),
      ]),
    );
    expect(h.events.map((e) => [e.eventType, e.atlassianId, e.selfGenerated])).toEqual([
      ['avi:jira:created:issue', USERS.dana, false],
    ]);
    // And the platform view stores the description as ADF
    const issue = obj((await h.call('GET', '/rest/api/3/issue/CHG-1?fields=description', APP)).json);
    expect(obj(obj(issue['fields'])['description'])['type']).toBe('doc');
    // And GET request answers the same request to its reporter, but not to another customer
    const got = await h.call(
      'GET',
      '/rest/servicedeskapi/request/CHG-1?expand=requestType,serviceDesk',
      as(USERS.dana),
    );
    expect(jsm.CustomerRequestSchema.safeParse(got.json).success).toBe(true);
    expect(obj(obj(got.json)['requestType'])['name']).toBe('Change');
    // And another customer gets JSM's and the platform's 404, which do not reveal that the request exists
    const other = await h.call('POST', '/rest/servicedeskapi/request', as(USERS.dev), {
      serviceDeskId: '1',
      requestTypeId: '10',
      requestFieldValues: { summary: 'Dev change' },
    });
    const otherKey = String(obj(other.json)['issueKey']);
    const hidden = await h.call('GET', `/rest/servicedeskapi/request/${otherKey}`, as(USERS.dana));
    expect(hidden.status).toBe(404);
    expect(jsm.ErrorResponseSchema.safeParse(hidden.json).success).toBe(true);
    expect((await h.call('GET', `/rest/api/3/issue/${otherKey}`, as(USERS.dana))).status).toBe(404);
  });

  it('refuses bad requestFieldValues and raiseOnBehalfOf from a customer with JSM error bodies', async () => {
    const h = makeStandIn();
    const cases: [string, unknown, number, RegExp][] = [
      [
        'missing summary',
        { serviceDeskId: '1', requestTypeId: '10', requestFieldValues: {} },
        400,
        /Summary is required/,
      ],
      [
        'field not on the request type',
        {
          serviceDeskId: '1',
          requestTypeId: '10',
          requestFieldValues: { summary: 'x', customfield_10030: [] },
        },
        400,
        /not valid for this request type/,
      ],
      [
        'unknown request type',
        { serviceDeskId: '1', requestTypeId: '99', requestFieldValues: { summary: 'x' } },
        400,
        /request type/,
      ],
      [
        'raise on behalf as a customer',
        {
          serviceDeskId: '1',
          requestTypeId: '10',
          requestFieldValues: { summary: 'x' },
          raiseOnBehalfOf: USERS.dev,
        },
        403,
        /on behalf/,
      ],
    ];
    for (const [name, body, status, message] of cases) {
      const response = await h.call('POST', '/rest/servicedeskapi/request', as(USERS.dana), body);
      expect({ name, status: response.status }).toEqual({ name, status });
      expect(jsm.ErrorResponseSchema.safeParse(response.json).success).toBe(true);
      expect(String(obj(response.json)['errorMessage'])).toMatch(message);
      expect(typeof obj(obj(response.json)['i18nErrorMessage'])['i18nKey']).toBe('string');
    }
    // Nothing was half-created
    expect(h.events).toEqual([]);
    // An agent may raise on behalf of a customer
    const onBehalf = await h.call('POST', '/rest/servicedeskapi/request', as(USERS.morgan), {
      serviceDeskId: '1',
      requestTypeId: '10',
      requestFieldValues: { summary: 'For Dana' },
      raiseOnBehalfOf: USERS.dana,
    });
    expect(onBehalf.status).toBe(201);
    expect(obj(obj(onBehalf.json)['reporter'])['accountId']).toBe(USERS.dana);
  });

  it('keeps internal comments from customers', async () => {
    // Given a request with a public and an internal comment
    const h = makeStandIn();
    await h.call('POST', '/rest/servicedeskapi/request', as(USERS.dana), {
      serviceDeskId: '1',
      requestTypeId: '10',
      requestFieldValues: { summary: 'x' },
    });
    const pub = await h.call('POST', '/rest/servicedeskapi/request/CHG-1/comment', APP, {
      body: 'Routed to CAB',
      public: true,
    });
    expect(pub.status).toBe(201);
    expect(jsm.CommentSchema.safeParse(pub.json).success).toBe(true);
    await h.call('POST', '/rest/servicedeskapi/request/CHG-1/comment', APP, {
      body: 'Risk looks high',
      public: false,
    });
    // When the customer and an agent list comments
    const customer = await h.call('GET', '/rest/servicedeskapi/request/CHG-1/comment', as(USERS.dana));
    const agent = await h.call('GET', '/rest/servicedeskapi/request/CHG-1/comment', as(USERS.morgan));
    // Then the customer sees only the public one
    expect(jsm.PagedCommentSchema.safeParse(customer.json).success).toBe(true);
    expect(arr(obj(customer.json)['values']).map((c) => obj(c)['body'])).toEqual(['Routed to CAB']);
    expect(arr(obj(agent.json)['values']).map((c) => [obj(c)['body'], obj(c)['public']])).toEqual([
      ['Routed to CAB', true],
      ['Risk looks high', false],
    ]);
    // And a customer cannot write an internal note; a stranger sees an empty page
    expect(
      (
        await h.call('POST', '/rest/servicedeskapi/request/CHG-1/comment', as(USERS.dana), {
          body: 'x',
          public: false,
        })
      ).status,
    ).toBe(403);
    const otherRequest = await h.call('POST', '/rest/servicedeskapi/request', as(USERS.dev), {
      serviceDeskId: '1',
      requestTypeId: '10',
      requestFieldValues: { summary: 'y' },
    });
    const otherKey = String(obj(otherRequest.json)['issueKey']);
    await h.call('POST', `/rest/servicedeskapi/request/${otherKey}/comment`, APP, {
      body: 'Hidden',
      public: true,
    });
    const stranger = await h.call('GET', `/rest/servicedeskapi/request/${otherKey}/comment`, as(USERS.dana));
    expect(stranger.status).toBe(200);
    expect(obj(stranger.json)['values']).toEqual([]);
  });
});
