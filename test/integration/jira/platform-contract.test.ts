import { validateComponent, validateOperationResponse } from './openapi-validator';
import { adf, APP, arr, as, BASE_URL, GROUPS, makeStandIn, obj, USERS } from './stand-in-fixture';

/** Every platform response the app reads, checked against Atlassian's OpenAPI document. */
describe('platform responses conform to the OpenAPI document', () => {
  it('users and groups', async () => {
    // Given the demo site
    const h = makeStandIn();
    const cases: [string, string, string][] = [
      ['/rest/api/3/myself', '/rest/api/3/myself', 'GET'],
      [`/rest/api/3/user?accountId=${USERS.sam}`, '/rest/api/3/user', 'GET'],
      ['/rest/api/3/user/search?query=elena', '/rest/api/3/user/search', 'GET'],
      [`/rest/api/3/user/groups?accountId=${USERS.dev}`, '/rest/api/3/user/groups', 'GET'],
      [`/rest/api/3/group/member?groupId=${GROUPS.security}`, '/rest/api/3/group/member', 'GET'],
      ['/rest/api/3/group/member?groupname=cab-payments', '/rest/api/3/group/member', 'GET'],
      [`/rest/api/3/group/bulk?groupId=${GROUPS.platform}`, '/rest/api/3/group/bulk', 'GET'],
      ['/rest/api/3/groups/picker?query=cab', '/rest/api/3/groups/picker', 'GET'],
      ['/rest/api/3/field', '/rest/api/3/field', 'GET'],
    ];
    for (const [url, template, method] of cases) {
      // When each endpoint is called as a person
      const response = await h.call(method, url, as(USERS.sam));
      // Then it answers 200 with the documented shape
      expect({ url, status: response.status }).toEqual({ url, status: 200 });
      expect({ url, errors: validateOperationResponse(method, template, 200, response.json) }).toEqual({
        url,
        errors: [],
      });
    }
  });

  it('answers users, search and groups with the demo identities', async () => {
    const h = makeStandIn();
    const myself = obj((await h.call('GET', '/rest/api/3/myself', as(USERS.dana))).json);
    expect(myself).toMatchObject({
      accountId: USERS.dana,
      emailAddress: 'dana.lee@asynccab.example',
      accountType: 'atlassian',
    });
    const appSelf = obj((await h.call('GET', '/rest/api/3/myself', APP)).json);
    expect(appSelf['accountType']).toBe('app');
    const byEmail = arr((await h.call('GET', '/rest/api/3/user/search?query=olivia.chen@', APP)).json);
    expect(byEmail.map((u) => obj(u)['accountId'])).toEqual([USERS.olivia]);
    const byName = arr((await h.call('GET', '/rest/api/3/user/search?query=pet', APP)).json);
    expect(byName.map((u) => obj(u)['displayName'])).toEqual(['Elena Petrova']);
    const members = obj(
      (await h.call('GET', `/rest/api/3/group/member?groupId=${GROUPS.security}&maxResults=1`, APP)).json,
    );
    expect(members).toMatchObject({ total: 2, isLast: false, maxResults: 1 });
    expect(members['nextPage']).toContain('startAt=1');
    const groups = arr((await h.call('GET', `/rest/api/3/user/groups?accountId=${USERS.dev}`, APP)).json);
    expect(groups.map((g) => obj(g)['name'])).toEqual(['cab-platform', 'developers']);
    const missing = await h.call('GET', '/rest/api/3/user?accountId=nobody', APP);
    expect(missing.status).toBe(404);
    expect(validateComponent('ErrorCollection', missing.json)).toEqual([]);
  });

  it('lists system fields and the Forge custom fields with extension schemas', async () => {
    const h = makeStandIn();
    const fields = arr((await h.call('GET', '/rest/api/3/field', APP)).json).map(obj);
    const byName = (name: string) => fields.find((f) => f['name'] === name);
    expect(obj(byName('Approver groups')?.['schema'])['custom']).toBe(
      'com.atlassian.jira.plugin.system.customfieldtypes:multigrouppicker',
    );
    expect(obj(byName('Approvers')?.['schema'])['custom']).toBe(
      'com.atlassian.jira.plugin.system.customfieldtypes:multiuserpicker',
    );
    expect(obj(byName('Approvals')?.['schema'])['custom']).toBe(
      'com.atlassian.servicedesk.approvals-plugin:sd-approvals',
    );
    expect(byName('Request Type')).toBeDefined();
    for (const name of ['Summary', 'Description', 'Status', 'Reporter', 'Issue Type', 'Project', 'Labels']) {
      expect(byName(name)).toBeDefined();
    }
    const risk = byName('Risk');
    expect(risk?.['id']).toMatch(/^customfield_\d{5}$/);
    expect(obj(risk?.['schema'])['type']).toBe('string');
    expect(obj(risk?.['schema'])['custom']).toMatch(
      /^ari:cloud:ecosystem::extension\/[0-9a-f-]+\/[0-9a-f-]+\/static\/risk$/,
    );
    expect(obj(byName('Affected systems')?.['schema'])).toMatchObject({ type: 'array', items: 'string' });
  });

  it('creates, reads and edits issues with the documented shapes and errors', async () => {
    // Given the app creates a change with a Forge field and a property
    const h = makeStandIn();
    const fields = arr((await h.call('GET', '/rest/api/3/field', APP)).json).map(obj);
    const riskId = String(fields.find((f) => f['name'] === 'Risk')?.['id']);
    const created = await h.call('POST', '/rest/api/3/issue', APP, {
      fields: {
        project: { key: 'CHG' },
        issuetype: { id: '10005' },
        summary: 'Deploy payments-api PR #412',
        description: adf('Drafted from GitHub'),
        labels: ['from-github'],
        [riskId]: 'high',
      },
      properties: [{ key: 'async-cab', value: { pr: 412 } }],
    });
    // Then Jira answers 201 {id, key, self} and emits avi:jira:created:issue
    expect(created.status).toBe(201);
    expect(validateOperationResponse('POST', '/rest/api/3/issue', 201, created.json)).toEqual([]);
    const key = String(obj(created.json)['key']);
    expect(key).toBe('CHG-1');
    expect(h.events.map((e) => [e.eventType, e.issue.key, e.selfGenerated])).toEqual([
      ['avi:jira:created:issue', 'CHG-1', true],
    ]);

    // When it reads the issue with names and transitions
    const got = await h.call(
      'GET',
      `/rest/api/3/issue/${key}?expand=names,transitions,changelog,renderedFields&properties=async-cab`,
      APP,
    );
    expect(got.status).toBe(200);
    expect(validateOperationResponse('GET', '/rest/api/3/issue/{issueIdOrKey}', 200, got.json)).toEqual([]);
    const issue = obj(got.json);
    expect(obj(issue['fields'])).toMatchObject({
      summary: 'Deploy payments-api PR #412',
      labels: ['from-github'],
      [riskId]: 'high',
    });
    expect(obj(issue['names'])[riskId]).toBe('Risk');
    expect(arr(issue['transitions']).map((t) => obj(t)['name'])).toEqual([
      'Request approval',
      'Ask for answers',
      'Cancel',
    ]);
    expect(obj(issue['properties'])['async-cab']).toEqual({ pr: 412 });

    // When it edits with fields and update operations
    const edited = await h.call('PUT', `/rest/api/3/issue/${key}`, APP, {
      fields: { summary: 'Deploy payments-api PR #413' },
      update: {
        labels: [{ add: 'cab' }, { remove: 'from-github' }],
        customfield_10030: [{ add: { groupId: GROUPS.payments } }],
      },
    });
    expect(edited.status).toBe(204);
    const after = obj(
      obj(
        (await h.call('GET', `/rest/api/3/issue/${key}?fields=summary,labels,customfield_10030`, APP)).json,
      )['fields'],
    );
    expect(after).toEqual({
      summary: 'Deploy payments-api PR #413',
      labels: ['cab'],
      customfield_10030: [
        {
          name: 'cab-payments',
          groupId: GROUPS.payments,
          self: `${BASE_URL}/rest/api/3/group?groupId=${GROUPS.payments}`,
        },
      ],
    });
    const updated = h.events.at(-1);
    expect(
      updated?.eventType === 'avi:jira:updated:issue' ? updated.changelog.items.map((i) => i.fieldId) : [],
    ).toEqual(['summary', 'labels', 'customfield_10030']);

    // And bad input gets Jira's field-level 400
    const bad = await h.call('POST', '/rest/api/3/issue', APP, {
      fields: {
        project: { key: 'CHG' },
        issuetype: { id: '10005' },
        description: 'not adf',
        customfield_99999: 'x',
        labels: 'x',
      },
    });
    expect(bad.status).toBe(400);
    expect(validateOperationResponse('POST', '/rest/api/3/issue', 400, bad.json)).toEqual([]);
    expect(obj(obj(bad.json)['errors'])).toEqual({
      summary: 'You must specify a summary of the issue.',
      description: 'Operation value must be an Atlassian Document (see the Atlassian Document Format)',
      customfield_99999:
        "Field 'customfield_99999' cannot be set. It is not on the appropriate screen, or unknown.",
      labels: 'Operation value must be an array',
    });
    const missing = await h.call('GET', '/rest/api/3/issue/CHG-999', APP);
    expect(missing.status).toBe(404);
    expect(obj(missing.json)).toEqual({
      errorMessages: ['Issue does not exist or you do not have permission to see it.'],
      errors: {},
    });
  });

  it('keeps issue properties, comments and transitions in the documented shapes', async () => {
    const h = makeStandIn();
    const key = String(
      obj(
        (
          await h.call('POST', '/rest/api/3/issue', APP, {
            fields: { project: { key: 'CHG' }, issuetype: { id: '10005' }, summary: 'Rotate keys' },
          })
        ).json,
      )['key'],
    );
    // Properties: 201 on create, 200 on replace, the 32 768 character limit, list and delete
    expect((await h.call('PUT', `/rest/api/3/issue/${key}/properties/ledger`, APP, { v: 1 })).status).toBe(
      201,
    );
    expect((await h.call('PUT', `/rest/api/3/issue/${key}/properties/ledger`, APP, { v: 2 })).status).toBe(
      200,
    );
    const property = await h.call('GET', `/rest/api/3/issue/${key}/properties/ledger`, APP);
    expect(property.json).toEqual({ key: 'ledger', value: { v: 2 } });
    expect(
      validateOperationResponse(
        'GET',
        '/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}',
        200,
        property.json,
      ),
    ).toEqual([]);
    const tooBig = await h.call(
      'PUT',
      `/rest/api/3/issue/${key}/properties/big`,
      APP,
      JSON.stringify('x'.repeat(32767)),
    );
    expect(tooBig.status).toBe(400);
    const keys = await h.call('GET', `/rest/api/3/issue/${key}/properties`, APP);
    expect(
      validateOperationResponse('GET', '/rest/api/3/issue/{issueIdOrKey}/properties', 200, keys.json),
    ).toEqual([]);
    expect(arr(obj(keys.json)['keys']).map((k) => obj(k)['key'])).toEqual(['ledger']);
    expect((await h.call('DELETE', `/rest/api/3/issue/${key}/properties/ledger`, APP)).status).toBe(204);
    expect((await h.call('GET', `/rest/api/3/issue/${key}/properties/ledger`, APP)).status).toBe(404);

    // Comments: ADF, public by default on a JSM issue, internal through sd.public.comment
    const comment = await h.call('POST', `/rest/api/3/issue/${key}/comment`, APP, {
      body: adf('Decision record'),
    });
    expect(comment.status).toBe(201);
    expect(
      validateOperationResponse('POST', '/rest/api/3/issue/{issueIdOrKey}/comment', 201, comment.json),
    ).toEqual([]);
    expect(obj(comment.json)['jsdPublic']).toBe(true);
    await h.call('POST', `/rest/api/3/issue/${key}/comment`, APP, {
      body: adf('Internal note'),
      properties: [{ key: 'sd.public.comment', value: { internal: true } }],
    });
    const comments = await h.call('GET', `/rest/api/3/issue/${key}/comment`, APP);
    expect(
      validateOperationResponse('GET', '/rest/api/3/issue/{issueIdOrKey}/comment', 200, comments.json),
    ).toEqual([]);
    expect(arr(obj(comments.json)['comments']).map((c) => obj(c)['jsdPublic'])).toEqual([true, false]);

    // Transitions list
    const transitions = await h.call('GET', `/rest/api/3/issue/${key}/transitions`, APP);
    expect(
      validateOperationResponse('GET', '/rest/api/3/issue/{issueIdOrKey}/transitions', 200, transitions.json),
    ).toEqual([]);
    const invalid = await h.call('POST', `/rest/api/3/issue/${key}/transitions`, APP, {
      transition: { id: '21' },
    });
    expect(invalid.status).toBe(400);
    expect(obj(invalid.json)['errorMessages']).toEqual(["Transition id '21' is not valid for this issue."]);
  });

  it('exposes the approval configuration of the workflow', async () => {
    const h = makeStandIn();
    const response = await h.call('POST', '/rest/api/3/workflows', APP, {
      projectAndIssueTypes: [{ projectId: '10000', issueTypeId: '10005' }],
    });
    expect(response.status).toBe(200);
    expect(validateOperationResponse('POST', '/rest/api/3/workflows', 200, response.json)).toEqual([]);
    const workflow = obj(arr(obj(response.json)['workflows'])[0]);
    const configs = arr(workflow['statuses'])
      .map(obj)
      .flatMap((s) => (s['approvalConfiguration'] ? [obj(s['approvalConfiguration'])] : []));
    expect(configs).toEqual([
      expect.objectContaining({
        conditionType: 'numberPerPrincipal',
        conditionValue: '1',
        fieldId: 'customfield_10030',
        transitionApproved: '21',
        transitionRejected: '31',
      }),
      expect.objectContaining({
        conditionType: 'numberPerPrincipal',
        fieldId: 'customfield_10030',
        transitionApproved: '22',
        transitionRejected: '32',
      }),
    ]);
  });

  it('sends notify mail to resolved users and groups who can see the issue', async () => {
    // Given a change raised by Dev Patel
    const h = makeStandIn();
    const created = await h.call('POST', '/rest/servicedeskapi/request', as(USERS.dev), {
      serviceDeskId: '1',
      requestTypeId: '10',
      requestFieldValues: { summary: 'Patch identity' },
    });
    const key = String(obj(created.json)['issueKey']);
    // When the app notifies the reporter, the security group and Dana, a developer who cannot see the request
    h.clock.set(Date.parse('2026-11-24T10:00:00.000Z'));
    const notify = await h.call('POST', `/rest/api/3/issue/${key}/notify`, APP, {
      subject: `Approval needed: ${key}`,
      textBody: 'Please review',
      htmlBody: '<p>Please review</p>',
      to: { reporter: true, groupIds: [GROUPS.security], users: [{ accountId: USERS.dana }] },
    });
    // Then one mail is recorded for the recipients who can see the issue, by email
    expect(notify.status).toBe(204);
    const outbox = h.standIn.outbox();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({
      issueKey: key,
      subject: `Approval needed: ${key}`,
      textBody: 'Please review',
      htmlBody: '<p>Please review</p>',
      sentAt: '2026-11-24T10:00:00.000Z',
    });
    expect(outbox[0]?.recipients.map((r) => r.emailAddress).sort()).toEqual([
      'dev.patel@asynccab.example',
      'elena.petrova@asynccab.example',
      'sam.rivera@asynccab.example',
    ]);
  });

  it('the validator rejects a response that breaks the documented shape', () => {
    expect(
      validateOperationResponse('GET', '/rest/api/3/myself', 200, { accountId: 5, unknown: true }),
    ).not.toEqual([]);
    expect(validateComponent('ErrorCollection', { errorMessages: 'not an array' })).not.toEqual([]);
  });
});
