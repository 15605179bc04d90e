import {
  DANA,
  frameOf,
  framesOf,
  jsonOf,
  MORGAN,
  NOAH,
  RILEY,
  SAM,
  startPortalHost,
  type PortalHost,
} from './portal-harness';

let portal: PortalHost;
let ids: Record<string, string>;

beforeAll(async () => {
  portal = await startPortalHost();
  ids = await portal.fieldIds();
});

afterAll(async () => {
  await portal.stop();
});

const id = (moduleKey: string): string => {
  const fieldId = ids[moduleKey];
  if (fieldId === undefined) throw new Error(`no field for ${moduleKey}`);
  return fieldId;
};

async function raiseByRest(as: string, summary: string, more: Record<string, unknown> = {}): Promise<string> {
  const response = await portal.rest('/rest/servicedeskapi/request', {
    method: 'POST',
    as,
    body: { serviceDeskId: '1', requestTypeId: '10', requestFieldValues: { summary, ...more } },
  });
  expect(response.status).toBe(201);
  return String((await jsonOf(response))['issueKey']);
}

async function html(path: string, accountId: string): Promise<string> {
  const response = await portal.page(path, accountId);
  expect(response.status).toBe(200);
  return response.text();
}

async function issueFields(key: string, fields: string[]): Promise<Record<string, unknown>> {
  const issue = await jsonOf(
    await portal.rest(`/rest/api/3/issue/${key}?fields=${fields.join(',')}`, { as: MORGAN.email }),
  );
  const values = issue['fields'];
  return typeof values === 'object' && values !== null ? { ...values } : {};
}

const createPage = '/servicedesk/customer/portal/1/create/10';

describe('portal home', () => {
  it("lists the desk's request types as links to their forms and only the person's own requests", async () => {
    // Given a request Dana raised and one Sam raised
    const danas = await raiseByRest(DANA.email, 'Rotate the payments API signing key');
    const sams = await raiseByRest(SAM.email, 'Patch the ingress controller');

    // When Dana opens the help center
    const page = await html('/servicedesk/customer/portal/1', DANA.accountId);

    // Then she sees every request type, linked to its create page
    for (const [typeId, name] of [
      ['10', 'Change'],
      ['11', 'Emergency change'],
      ['12', 'Get IT help'],
    ]) {
      expect(page).toContain(`href="/servicedesk/customer/portal/1/create/${typeId ?? ''}"`);
      expect(page).toContain(`>${name ?? ''}<`);
    }
    // And her request links to its request view, while Sam's is not hers to list
    expect(page).toContain(`href="/servicedesk/customer/portal/1/${danas}"`);
    expect(page).not.toContain(sams);
  });

  it('answers 404 for a portal that does not exist', async () => {
    const response = await portal.page('/servicedesk/customer/portal/99', DANA.accountId);

    expect(response.status).toBe(404);
    expect(await response.text()).toContain('does not exist or you cannot see it');
  });
});

describe('portal create page', () => {
  it("lays out the request type's fields in JSM's order: its own as host controls, the app's as portal-request edit frames", async () => {
    const page = await html(createPage, DANA.accountId);

    // Summary (required) and Description are the host's; the app's fields follow in the request type's order
    expect(page).toMatch(
      /<label for="acab-field-summary">Summary<span class="required"[^>]*>\*<\/span><\/label>/,
    );
    expect(page).toMatch(/<textarea id="acab-field-description"/);
    const order = ['summary', 'description', id('risk-tier'), id('rollback-plan'), id('effort-points')].map(
      (fieldId) => page.indexOf(`data-field-id="${fieldId}"`),
    );
    expect(order.every((at) => at >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // Each app field has its label, its description and an error slot under the frame
    expect(page).toContain('>Risk tier</span>');
    expect(page).toContain('How risky the change is.');
    expect(page).toContain(`id="acab-field-${id('risk-tier')}-error"`);
    // The read-only field is not on the portal form
    expect(page).not.toContain('Linked change');
    expect(framesOf(page).map((f) => f.moduleKey)).toEqual(['risk-tier', 'rollback-plan', 'effort-points']);
  });

  it('gives each edit frame the documented custom field context: numbers for the portal and request type, no issue', async () => {
    const page = await html(createPage, DANA.accountId);
    const fields: unknown = await (await portal.rest('/rest/api/3/field', { as: MORGAN.email })).json();

    const frame = frameOf(page, 'risk-tier');

    expect(frame.extension).toEqual({
      type: 'jira:customField',
      entryPoint: 'edit',
      fieldId: id('risk-tier'),
      fieldType: expect.stringMatching(
        /^ari:cloud:ecosystem::extension\/5a7b9c1d-2e3f-4a5b-8c6d-7e8f9a0b1c2d\/[0-9a-f-]+\/static\/risk-tier$/,
      ) as unknown,
      fieldValue: null,
      renderContext: 'portal-request',
      experience: 'portal-request',
      project: { id: '10000', key: 'CHG', type: 'service_desk' },
      portal: { id: 1 },
      request: { typeId: 10 },
      location: `${portal.url}${createPage}`,
    });
    // fieldType is the field's `schema.custom` in GET /rest/api/3/field
    expect(fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          id: id('risk-tier'),
          schema: expect.objectContaining({ custom: frame.extension['fieldType'] }) as unknown,
        }),
      ]),
    );
  });

  it("renders a field whose module leaves the customer's account type out with Jira's own editor, not the app's", async () => {
    // Riley is a portal-only customer; Effort points declares no unlicensedAccess
    const page = await html(createPage, RILEY.accountId);

    expect(framesOf(page).map((f) => f.moduleKey)).toEqual(['risk-tier', 'rollback-plan']);
    expect(page).toMatch(
      new RegExp(`<input type="text" inputmode="decimal" id="acab-field-${id('effort-points')}"`),
    );
  });

  it('renders the plain text custom field of Get IT help as a host control, with no app frames', async () => {
    const page = await html('/servicedesk/customer/portal/1/create/12', DANA.accountId);

    expect(page).toContain('data-testid="request-type-name">Get IT help<');
    expect(page).toMatch(/<label for="acab-field-customfield_\d+">Device or app<\/label>/);
    expect(framesOf(page)).toEqual([]);
  });

  it('answers 404 for a request type that is not in the portal', async () => {
    const response = await portal.page('/servicedesk/customer/portal/1/create/77', DANA.accountId);

    expect(response.status).toBe(404);
  });
});

describe('Create on the portal', () => {
  async function create(accountId: string, body: unknown, path = createPage): Promise<Response> {
    return portal.page(path, accountId, { method: 'POST', body });
  }

  it("sends the typed fields and each app field's latest submitted value to JSM as the person, and nothing for fields never submitted", async () => {
    const page = await html(createPage, DANA.accountId);
    const before = await portal.countChangeRequests();

    // When Dana creates a change: Summary and Description typed, Risk tier and Rollback plan submitted, Effort points not
    const response = await create(DANA.accountId, {
      fields: { summary: 'Upgrade Postgres to 16', description: 'Minor version first' },
      forgeFields: [
        { frame: frameOf(page, 'risk-tier').token, value: 'high' },
        { frame: frameOf(page, 'rollback-plan').token, value: { text: 'Restore the snapshot' } },
      ],
    });

    // Then the page is sent to the new request's view
    expect(response.status).toBe(201);
    const body = await jsonOf(response);
    const key = String(body['issueKey']);
    expect(body['redirect']).toBe(`/servicedesk/customer/portal/1/${key}`);
    expect(await portal.countChangeRequests()).toBe(before + 1);
    // And Jira has the request, raised by Dana, with exactly those values
    const fields = await issueFields(key, [
      'summary',
      'reporter',
      id('risk-tier'),
      id('rollback-plan'),
      id('effort-points'),
    ]);
    expect(fields).toMatchObject({
      summary: 'Upgrade Postgres to 16',
      reporter: { accountId: DANA.accountId },
      [id('risk-tier')]: 'high',
      [id('rollback-plan')]: { text: 'Restore the snapshot' },
      [id('effort-points')]: null,
    });
    // And the created-issue trigger ran after JSM stored it
    await portal.host.settle();
    expect(portal.host.kvs.get({ area: 'kvs' }, `created:${key}`)?.value).toMatchObject({
      status: 200,
      issue: { fields: { summary: 'Upgrade Postgres to 16' } },
    });
  });

  it('stores the Device or app text field of a Get IT help request', async () => {
    const page = await html('/servicedesk/customer/portal/1/create/12', RILEY.accountId);
    const device =
      /data-field-id="(customfield_\d+)"/.exec(page.slice(page.indexOf('Device or app') - 400))?.[1] ?? '';

    const response = await create(
      RILEY.accountId,
      {
        fields: { summary: 'My laptop will not boot', description: '', [device]: 'ThinkPad X1' },
        forgeFields: [],
      },
      '/servicedesk/customer/portal/1/create/12',
    );

    expect(response.status).toBe(201);
    const key = String((await jsonOf(response))['issueKey']);
    const request = await jsonOf(
      await portal.rest(`/rest/servicedeskapi/request/${key}`, { as: RILEY.email }),
    );
    expect(request['requestTypeId']).toBe('12');
    expect(request['requestFieldValues']).toEqual(
      expect.arrayContaining([expect.objectContaining({ fieldId: device, value: 'ThinkPad X1' })]),
    );
  });

  it("places JSM's 400 under the field it names and creates nothing", async () => {
    const page = await html(createPage, DANA.accountId);
    const before = await portal.countChangeRequests();

    // When the page's own checks are bypassed: an empty Summary, then a Rollback plan without its text
    const noSummary = await create(DANA.accountId, { fields: { summary: '' }, forgeFields: [] });
    const badRollback = await create(DANA.accountId, {
      fields: { summary: 'Valid summary' },
      forgeFields: [{ frame: frameOf(page, 'rollback-plan').token, value: { steps: 3 } }],
    });

    expect(noSummary.status).toBe(400);
    expect(await jsonOf(noSummary)).toMatchObject({
      code: 'REQUEST_NOT_CREATED',
      message: 'Fix the errors in the form: some fields need your attention.',
      fieldErrors: { summary: expect.stringMatching(/required/) as unknown },
    });
    expect(badRollback.status).toBe(400);
    expect(await jsonOf(badRollback)).toMatchObject({
      fieldErrors: { [id('rollback-plan')]: expect.any(String) as unknown },
    });
    expect(await portal.countChangeRequests()).toBe(before);
  });

  it('refuses a value whose frame this host did not sign for this form, or of a module the person may not use', async () => {
    const emergencyForm = await html('/servicedesk/customer/portal/1/create/11', DANA.accountId);
    const danasForm = await html(createPage, DANA.accountId);
    const before = await portal.countChangeRequests();

    const forged = await create(DANA.accountId, {
      fields: { summary: 'x' },
      forgeFields: [{ frame: 'forged.token', value: 'low' }],
    });
    const otherForm = await create(DANA.accountId, {
      fields: { summary: 'x' },
      forgeFields: [{ frame: frameOf(emergencyForm, 'risk-tier').token, value: 'low' }],
    });
    // Effort points is for licensed users: Riley replays the frame from Dana's page
    const notForRiley = await create(RILEY.accountId, {
      fields: { summary: 'x' },
      forgeFields: [{ frame: frameOf(danasForm, 'effort-points').token, value: 3 }],
    });

    for (const response of [forged, otherForm, notForRiley]) {
      expect(response.status).toBe(400);
      expect(await jsonOf(response)).toMatchObject({ code: 'BAD_SUBMIT' });
    }
    expect(await portal.countChangeRequests()).toBe(before);
  });
});

describe('portal request view', () => {
  it("shows the request's values, app fields through their portal-view frames and the others as text", async () => {
    const key = await raiseByRest(DANA.email, 'Rotate the signing key', {
      [id('risk-tier')]: 'medium',
      [id('rollback-plan')]: { text: 'Re-issue the old key' },
    });

    const page = await html(`/servicedesk/customer/portal/1/${key}`, DANA.accountId);

    // Risk tier declares portal-view: its view frame gets the value and the request's ids as numbers
    expect(frameOf(page, 'risk-tier').extension).toMatchObject({
      type: 'jira:customField',
      entryPoint: 'view',
      fieldValue: 'medium',
      renderContext: 'portal-view',
      issue: { key, type: 'Change' },
      portal: { id: 1 },
      request: { typeId: 10 },
    });
    // Rollback plan does not: Jira shows its formatter's text
    expect(page).toContain(`<span data-field-id="${id('rollback-plan')}">Re-issue the old key</span>`);
    expect(framesOf(page).some((f) => f.moduleKey === 'rollback-plan')).toBe(false);
  });

  it('renders the request detail module for the account types it lets in, with the documented context types', async () => {
    const noahs = await raiseByRest(NOAH.email, 'Noah asks for a change');
    const rileys = await raiseByRest(RILEY.email, 'Riley asks for a change');

    const forRiley = await html(`/servicedesk/customer/portal/1/${rileys}`, RILEY.accountId);
    const forDana = await html(`/servicedesk/customer/portal/1/${rileys}`, MORGAN.accountId);
    const forNoah = await html(`/servicedesk/customer/portal/1/${noahs}`, NOAH.accountId);

    // unlicensedAccess: [customer] — Riley (customer) and licensed users see it, Noah (unlicensed) does not
    expect(frameOf(forRiley, 'change-answers').extension).toEqual({
      type: 'jiraServiceManagement:portalRequestDetail',
      portal: { id: 1 },
      request: { key: rileys, typeId: 10 },
      location: `${portal.url}/servicedesk/customer/portal/1/${rileys}`,
    });
    expect(framesOf(forDana).some((f) => f.moduleKey === 'change-answers')).toBe(true);
    expect(framesOf(forNoah).some((f) => f.moduleKey === 'change-answers')).toBe(false);
    expect(forNoah).not.toContain('Change answers');
  });
});

describe('agent create page', () => {
  it('offers the project’s request types and renders the app fields with their issue-create edit frames', async () => {
    const page = await html('/jira/create?project=CHG', SAM.accountId);

    expect(page.match(/<option value="\d+"( selected)?>[^<]+/g)).toEqual([
      '<option value="10" selected>Change',
      '<option value="11">Emergency change',
      '<option value="12">Get IT help',
    ]);
    expect(framesOf(page).map((f) => f.moduleKey)).toEqual(['risk-tier', 'effort-points']);
    expect(frameOf(page, 'risk-tier').extension).toEqual({
      type: 'jira:customField',
      entryPoint: 'edit',
      fieldId: id('risk-tier'),
      fieldType: expect.stringContaining('/static/risk-tier') as unknown,
      fieldValue: null,
      renderContext: 'issue-create',
      experience: 'issue-create',
      project: { id: '10000', key: 'CHG', type: 'service_desk' },
      location: `${portal.url}/jira/create?project=CHG&requestType=10`,
    });
    // Rollback plan lists no issue-create experience: no app editor here
    expect(page).toMatch(
      /Rollback plan<\/span>\n<p class="field-help">This field cannot be edited here\.<\/p>/,
    );
  });

  it('creates the issue as the person with project, issue type, Request Type and the fields, and sends them to the issue', async () => {
    const page = await html('/jira/create?project=CHG&requestType=11', SAM.accountId);

    const response = await portal.page('/jira/create?project=CHG&requestType=11', SAM.accountId, {
      method: 'POST',
      body: {
        fields: { summary: 'Hotfix the login outage', description: 'Line one\nLine two' },
        forgeFields: [{ frame: frameOf(page, 'risk-tier').token, value: 'high' }],
      },
    });

    expect(response.status).toBe(201);
    const body = await jsonOf(response);
    const key = String(body['issueKey']);
    expect(body['redirect']).toBe(`/browse/${key}`);
    const request = await jsonOf(await portal.rest(`/rest/servicedeskapi/request/${key}`, { as: SAM.email }));
    expect(request['requestTypeId']).toBe('11');
    expect(request['reporter']).toMatchObject({ accountId: SAM.accountId });
    expect(request['requestFieldValues']).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ fieldId: 'description', value: 'Line one\nLine two' }),
        expect.objectContaining({ fieldId: id('risk-tier'), value: 'high' }),
      ]),
    );
  });

  it("shows Jira's refusals: a person who may not create issues here, and an empty Summary under its field", async () => {
    const before = await portal.countChangeRequests();

    // Dana has a JSM licence but is no agent of CHG
    const dana = await portal.page('/jira/create?project=CHG', DANA.accountId, {
      method: 'POST',
      body: { fields: { summary: 'Not allowed' }, forgeFields: [] },
    });
    const empty = await portal.page('/jira/create?project=CHG', SAM.accountId, {
      method: 'POST',
      body: { fields: { summary: '' }, forgeFields: [] },
    });

    expect(dana.status).toBe(400);
    expect(await jsonOf(dana)).toMatchObject({
      message: expect.stringContaining('permission') as unknown,
    });
    expect(empty.status).toBe(400);
    expect(await jsonOf(empty)).toMatchObject({ fieldErrors: { summary: expect.any(String) as unknown } });
    expect(await portal.countChangeRequests()).toBe(before);
  });
});

describe('issue view', () => {
  async function raisedWithAnswers(): Promise<string> {
    return raiseByRest(DANA.email, 'Move the cache to Redis 7', {
      [id('risk-tier')]: 'low',
      [id('effort-points')]: 5,
    });
  }

  it("lists the app's fields in Details through their issue-view view frames, with Edit only where users may edit", async () => {
    const key = await raisedWithAnswers();

    const page = await html(`/browse/${key}`, SAM.accountId);

    const view = frameOf(page, 'risk-tier', 'view');
    expect(view.extension).toMatchObject({
      entryPoint: 'view',
      fieldValue: 'low',
      renderContext: 'issue-view',
      issue: { key, type: 'Change', typeId: expect.any(String) as unknown },
      project: { key: 'CHG' },
    });
    expect(view.extension).not.toHaveProperty('portal');
    // The inline editor waits unloaded until Edit is pressed
    const edit = frameOf(page, 'risk-tier', 'edit');
    expect(edit.attributes['data-src']).toContain('/_local/ui/resources/field-ui/index.html?frame=');
    expect(edit.attributes['src']).toBeUndefined();
    expect(page).toContain(`data-field-edit="${id('risk-tier')}"`);
    // The read-only field shows, empty, with no edit affordance
    expect(page).toContain('>Linked change</span>');
    expect(page).not.toContain(`data-field-edit="${id('linked-change')}"`);
  });

  it('shows the read-only field the app set through its view frame, and Jira refuses a person who writes it anyway', async () => {
    const key = await raisedWithAnswers();
    const issueId = String(
      (await jsonOf(await portal.rest(`/rest/api/3/issue/${key}?fields=summary`, { as: SAM.email })))['id'],
    );
    // The app sets it with the app field value API (as the app)
    const set = await portal.host.jira.handle(
      {
        method: 'PUT',
        path: `/rest/api/3/app/field/${id('linked-change')}/value`,
        query: new URLSearchParams(),
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ updates: [{ issueIds: [Number(issueId)], value: { ref: 'PR-42' } }] }),
      },
      { kind: 'app' },
    );
    expect(set.status).toBe(204);

    const page = await html(`/browse/${key}`, SAM.accountId);
    const byPerson = await portal.rest(`/rest/api/3/issue/${key}`, {
      method: 'PUT',
      as: SAM.email,
      body: { fields: { [id('linked-change')]: { ref: 'PR-1' } } },
    });

    expect(frameOf(page, 'linked-change', 'view').extension['fieldValue']).toEqual({ ref: 'PR-42' });
    expect(page).not.toContain(`data-field-edit="${id('linked-change')}"`);
    expect(byPerson.status).toBe(400);
  });

  it('saves an inline edit with Edit issue as the person and answers the new view', async () => {
    const key = await raisedWithAnswers();
    const edit = frameOf(await html(`/browse/${key}`, SAM.accountId), 'risk-tier', 'edit');

    const saved = await portal.page('/_local/ui/field-edit', SAM.accountId, {
      method: 'POST',
      body: { frame: edit.token, value: 'high' },
    });

    expect(saved.status).toBe(200);
    const body = await jsonOf(saved);
    expect(frameOf(String(body['viewHtml']), 'risk-tier', 'view').extension['fieldValue']).toBe('high');
    expect(frameOf(String(body['editHtml']), 'risk-tier', 'edit').extension['fieldValue']).toBe('high');
    expect((await issueFields(key, [id('risk-tier')]))[id('risk-tier')]).toBe('high');
  });

  it("shows Jira's refusal when the person may not edit the issue, and leaves the value alone", async () => {
    const key = await raisedWithAnswers();
    // Dana reported it and can see it, but is no agent: Edit issue refuses her
    const edit = frameOf(await html(`/browse/${key}`, DANA.accountId), 'risk-tier', 'edit');

    const refused = await portal.page('/_local/ui/field-edit', DANA.accountId, {
      method: 'POST',
      body: { frame: edit.token, value: 'critical' },
    });

    expect(refused.status).toBe(403);
    expect(await jsonOf(refused)).toMatchObject({
      code: 'FIELD_NOT_SAVED',
      message: expect.stringContaining('permission') as unknown,
    });
    expect((await issueFields(key, [id('risk-tier')]))[id('risk-tier')]).toBe('low');
  });

  it('gives a viewer whose account type a field module leaves out no frame and no editor for it', async () => {
    const key = await raiseByRest(NOAH.email, 'Noah’s change', { [id('effort-points')]: 8 });

    const page = await html(`/browse/${key}`, NOAH.accountId);

    // Effort points declares no unlicensedAccess: Noah (unlicensed) sees Jira's plain value
    expect(framesOf(page).some((f) => f.moduleKey === 'effort-points')).toBe(false);
    expect(page).toMatch(new RegExp(`data-field-view="${id('effort-points')}"><span>8</span>`));
    expect(page).not.toContain(`data-field-edit="${id('effort-points')}"`);
    // Risk tier lets unlicensed users in: Noah gets its editor
    expect(frameOf(page, 'risk-tier', 'edit').extension['experience']).toBe('issue-view');
  });
});

describe('POST /_local/email', () => {
  const send = (body: unknown) =>
    fetch(`${portal.url}/_local/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  it("creates a request from the sender's email through JSM's email channel and answers its key", async () => {
    const response = await send({
      from: DANA.email,
      subject: 'Please restart the build agents',
      body: 'They hang.',
    });

    expect(response.status).toBe(201);
    const key = String((await jsonOf(response))['issueKey']);
    const request = await jsonOf(
      await portal.rest(`/rest/servicedeskapi/request/${key}`, { as: DANA.email }),
    );
    expect(request).toMatchObject({ requestTypeId: '10', reporter: { accountId: DANA.accountId } });
  });

  it('creates the request type it is given', async () => {
    const response = await send({
      from: RILEY.email,
      subject: 'Phone broken',
      body: '',
      requestTypeId: '12',
    });

    expect(response.status).toBe(201);
    const key = String((await jsonOf(response))['issueKey']);
    const request = await jsonOf(
      await portal.rest(`/rest/servicedeskapi/request/${key}`, { as: RILEY.email }),
    );
    expect(request['requestTypeId']).toBe('12');
  });

  it('answers 422 with the reason for a sender the site does not know, and 400 for a body without a subject', async () => {
    const stranger = await send({ from: 'nobody@elsewhere.example', subject: 'Hello', body: 'Hi' });
    const noSubject = await send({ from: DANA.email, body: 'Hi' });

    expect(stranger.status).toBe(422);
    expect(await jsonOf(stranger)).toMatchObject({ error: 'UNKNOWN_SENDER' });
    expect(noSubject.status).toBe(400);
    expect(await jsonOf(noSubject)).toMatchObject({
      errors: [expect.objectContaining({ field: 'subject' })],
    });
  });
});
