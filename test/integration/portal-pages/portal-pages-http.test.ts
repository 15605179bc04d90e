import { createPortalSubmit } from '../../../local/host/portal-submit';
import {
  APP_UUID,
  createPanelToken,
  DANA,
  jsonOf,
  SAM,
  startPortalHost,
  type PortalHost,
} from './portal-harness';

let portal: PortalHost;

beforeAll(async () => {
  portal = await startPortalHost();
});

afterAll(async () => {
  await portal.stop();
});

async function raiseByRest(as: string, summary: string): Promise<string> {
  const response = await portal.rest('/rest/servicedeskapi/request', {
    method: 'POST',
    as,
    body: { serviceDeskId: '1', requestTypeId: '10', requestFieldValues: { summary } },
  });
  expect(response.status).toBe(201);
  const body = await jsonOf(response);
  return String(body['issueKey']);
}

async function createForm(accountId: string): Promise<string> {
  const response = await portal.page('/servicedesk/customer/portal/1/create/10', accountId);
  expect(response.status).toBe(200);
  return response.text();
}

const panelPayload = (risk: string) => ({
  fields: [
    { key: 'risk', value: risk },
    { key: 'rollbackPlan', value: 'Roll back with the previous image tag' },
  ],
  isValid: risk !== '',
});

describe('portal home', () => {
  it("lists the desk's request types as links to their forms and only the person's own requests", async () => {
    // Given a request Dana raised and one Sam raised
    const danas = await raiseByRest(DANA.email, 'Rotate the payments API signing key');
    const sams = await raiseByRest(SAM.email, 'Patch the ingress controller');

    // When Dana opens the help center
    const response = await portal.page('/servicedesk/customer/portal/1', DANA.accountId);
    const html = await response.text();

    // Then she sees both request types, linked to their create pages
    expect(response.status).toBe(200);
    expect(html).toContain('href="/servicedesk/customer/portal/1/create/10"');
    expect(html).toContain('href="/servicedesk/customer/portal/1/create/11"');
    expect(html).toContain('>Change<');
    expect(html).toContain('>Emergency change<');
    // And her request links to its request view, while Sam's is not hers to list
    expect(html).toContain(`href="/servicedesk/customer/portal/1/${danas}"`);
    expect(html).toContain('Rotate the payments API signing key');
    expect(html).not.toContain(sams);
  });

  it('answers 404 for a portal that does not exist', async () => {
    const response = await portal.page('/servicedesk/customer/portal/99', DANA.accountId);

    expect(response.status).toBe(404);
    expect(await response.text()).toContain('does not exist or you cannot see it');
  });
});

describe('create page', () => {
  it("renders the request type's own fields with required markers above the app's create panel", async () => {
    const html = await createForm(DANA.accountId);

    // Summary is required, Description optional, both labelled
    expect(html).toMatch(
      /<label for="acab-field-summary">Summary<span class="required"[^>]*>\*<\/span><\/label>/,
    );
    expect(html).toMatch(/<input type="text" id="acab-field-summary"[^>]* required aria-required="true"/);
    expect(html).toMatch(/<label for="acab-field-description">Description<\/label>/);
    expect(html).toMatch(/<textarea id="acab-field-description"/);
    // The app-owned Forge field is left to its app, and the app's panel comes after the fields
    expect(html).not.toContain('Risk tier');
    expect(html.indexOf('acab-field-description')).toBeLessThan(
      html.indexOf('data-module-key="change-questions"'),
    );
    expect(html).toContain('data-testid="request-type-name">Change<');
  });

  it('reads the request type the way JSM serves one (GET .../requesttype/{id})', async () => {
    const response = await portal.rest('/rest/servicedeskapi/servicedesk/1/requesttype/11', {
      as: DANA.email,
    });

    expect(response.status).toBe(200);
    expect(await jsonOf(response)).toMatchObject({ id: '11', name: 'Emergency change', serviceDeskId: '1' });
  });

  it('answers 404 for a request type that is not in the portal', async () => {
    const response = await portal.page('/servicedesk/customer/portal/1/create/77', DANA.accountId);

    expect(response.status).toBe(404);
  });
});

describe('Create', () => {
  it('creates the request as the person and stores the panel data as the app issue property in one step', async () => {
    const token = createPanelToken(await createForm(DANA.accountId));
    const before = await portal.countChangeRequests();

    // When Dana creates a change with a summary, a description and the panel's answers
    const response = await portal.page('/servicedesk/customer/portal/1/create/10', DANA.accountId, {
      method: 'POST',
      body: {
        submissions: [{ frame: token, payload: panelPayload('high') }],
        requestFieldValues: { summary: 'Upgrade Postgres to 16', description: 'Minor version first' },
      },
    });

    // Then the page is sent to the new request's view
    expect(response.status).toBe(201);
    const body = await jsonOf(response);
    const key = String(body['issueKey']);
    expect(body['redirect']).toBe(`/servicedesk/customer/portal/1/${key}`);
    expect(await portal.countChangeRequests()).toBe(before + 1);
    // And Jira has the request, raised by Dana, with the fields she typed
    const request = await jsonOf(
      await portal.rest(`/rest/servicedeskapi/request/${key}`, { as: DANA.email }),
    );
    expect(request['reporter']).toMatchObject({ accountId: DANA.accountId });
    expect(request['requestFieldValues']).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ fieldId: 'summary', value: 'Upgrade Postgres to 16' }),
        expect.objectContaining({ fieldId: 'description', value: 'Minor version first' }),
      ]),
    );
    // And the panel's fields are the issue property keyed by the app's UUID
    const property = await jsonOf(
      await portal.rest(`/rest/api/3/issue/${key}/properties/${APP_UUID}`, { as: DANA.email }),
    );
    expect(property['value']).toEqual({
      risk: 'high',
      rollbackPlan: 'Roll back with the previous image tag',
    });
    // And the created-issue trigger could already read the property when it ran
    await portal.host.settle();
    expect(portal.host.kvs.get({ area: 'kvs' }, `created:${key}`)?.value).toMatchObject({
      propertyStatus: 200,
      property: { key: APP_UUID, value: { risk: 'high' } },
    });
  });

  it('refuses an empty Summary with the error at Summary and creates nothing', async () => {
    const token = createPanelToken(await createForm(DANA.accountId));
    const before = await portal.countChangeRequests();

    const response = await portal.page('/servicedesk/customer/portal/1/create/10', DANA.accountId, {
      method: 'POST',
      body: {
        submissions: [{ frame: token, payload: panelPayload('low') }],
        requestFieldValues: { summary: '  ' },
      },
    });

    expect(response.status).toBe(400);
    expect(await jsonOf(response)).toMatchObject({
      code: 'FORM_INVALID',
      message: 'Fix the errors in the form: some fields need your attention.',
      fieldErrors: { summary: 'Summary is required.' },
    });
    expect(await portal.countChangeRequests()).toBe(before);
  });

  it('refuses the form while the panel last reported isValid false and creates nothing', async () => {
    const token = createPanelToken(await createForm(DANA.accountId));
    const before = await portal.countChangeRequests();

    const response = await portal.page('/servicedesk/customer/portal/1/create/10', DANA.accountId, {
      method: 'POST',
      body: {
        submissions: [{ frame: token, payload: panelPayload('') }],
        requestFieldValues: { summary: 'Looks fine' },
      },
    });

    expect(response.status).toBe(400);
    expect(await jsonOf(response)).toMatchObject({ code: 'FORM_INVALID', fieldErrors: {} });
    expect(await portal.countChangeRequests()).toBe(before);
  });

  it('refuses a submission whose frame token this host did not sign', async () => {
    const before = await portal.countChangeRequests();

    const response = await portal.page('/servicedesk/customer/portal/1/create/10', DANA.accountId, {
      method: 'POST',
      body: {
        submissions: [{ frame: 'forged', payload: panelPayload('low') }],
        requestFieldValues: { summary: 'x' },
      },
    });

    expect(response.status).toBe(400);
    expect(await jsonOf(response)).toMatchObject({ code: 'BAD_SUBMIT' });
    expect(await portal.countChangeRequests()).toBe(before);
  });
});

describe('createPortalSubmit against the stand-in', () => {
  const submitArgs = {
    moduleKey: 'change-questions',
    requestTypeId: '10',
    portalId: '1',
    accountId: DANA.accountId,
  };

  it("maps the stand-in's 400 to an error at the field it names", async () => {
    const submit = createPortalSubmit({ jira: portal.host.jira, manifest: manifestOfFixture() });
    const before = await portal.countChangeRequests();

    // When the form's own checks are bypassed and Jira itself refuses the empty Summary
    const result = await submit({
      ...submitArgs,
      payload: panelPayload('low'),
      requestFieldValues: { summary: '' },
    });

    expect(result).toEqual({
      error: 'Fix the errors in the form: some fields need your attention.',
      fieldErrors: { summary: 'Summary is required.' },
    });
    expect(await portal.countChangeRequests()).toBe(before);
  });

  it('creates nothing when the property cannot be stored (all or nothing)', async () => {
    const submit = createPortalSubmit({ jira: portal.host.jira, manifest: manifestOfFixture() });
    const before = await portal.countChangeRequests();

    // A valid request whose panel data is over Jira's 32 768-character property limit
    const result = await submit({
      ...submitArgs,
      payload: { fields: [{ key: 'rollbackPlan', value: 'x'.repeat(33_000) }], isValid: true },
      requestFieldValues: { summary: 'Valid summary' },
    });

    expect('error' in result ? result.error : '').toContain('too long');
    expect(await portal.countChangeRequests()).toBe(before);
  });

  it('creates the request without a property when the panel never submitted', async () => {
    const submit = createPortalSubmit({ jira: portal.host.jira, manifest: manifestOfFixture() });

    const result = await submit({
      ...submitArgs,
      payload: undefined,
      requestFieldValues: { summary: 'No answers' },
    });

    if (!('issueKey' in result)) throw new Error(`not created: ${result.error}`);
    const property = await portal.rest(`/rest/api/3/issue/${result.issueKey}/properties/${APP_UUID}`, {
      as: DANA.email,
    });
    expect(property.status).toBe(404);
  });

  it('reports a Jira outage without creating anything', async () => {
    const submit = createPortalSubmit({ jira: portal.host.jira, manifest: manifestOfFixture() });
    const before = await portal.countChangeRequests();
    portal.host.jira.faults.serverError({ status: 503, count: 1 });

    const result = await submit({
      ...submitArgs,
      payload: panelPayload('low'),
      requestFieldValues: { summary: 'x' },
    });

    expect('error' in result ? result.error : '').toContain('Jira did not create the request (503)');
    expect(await portal.countChangeRequests()).toBe(before);
  });
});

function manifestOfFixture(): unknown {
  return { app: { id: `ari:cloud:ecosystem::app/${APP_UUID}` } };
}
