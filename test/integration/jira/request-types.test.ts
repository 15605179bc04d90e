import { jsm } from './jsm-schemas';
import { validateOperationResponse } from './openapi-validator';
import {
  APP,
  arr,
  as,
  forgeFieldId,
  makeStandIn,
  manifestCustomFields,
  obj,
  USERS,
} from './stand-in-fixture';

const REQUEST_TYPE_FIELD = 'customfield_10010';
const DEVICE_OR_APP_FIELD = 'customfield_10050';

async function requestTypeFields(h: ReturnType<typeof makeStandIn>, typeId: string) {
  const response = await h.call('GET', `/rest/servicedeskapi/servicedesk/1/requesttype/${typeId}/field`, APP);
  expect(jsm.CustomerRequestCreateMetaSchema.safeParse(response.json).success).toBe(true);
  return arr(obj(response.json)['requestTypeFields']).map(obj);
}

describe('request types of the demo service desk', () => {
  it('keeps Summary, Description and the editable Forge fields, none required, on the change types', async () => {
    // Given the manifest's fields
    const h = makeStandIn({ customFields: manifestCustomFields() });
    const keys = [
      'cab-affected-systems',
      'cab-change-type',
      'cab-risk',
      'cab-change-window',
      'cab-test-evidence',
      'cab-consequence',
      'cab-rollback-plan',
    ];
    const ids = await Promise.all(keys.map((key) => forgeFieldId(h, key)));
    for (const typeId of ['10', '11']) {
      // When the request type's fields are read
      const fields = await requestTypeFields(h, typeId);
      // Then they are Summary (required), Description and the Forge fields in manifest order, not required
      expect(fields.map((f) => [f['fieldId'], f['required'], f['visible']])).toEqual([
        ['summary', true, true],
        ['description', false, true],
        ...ids.map((id) => [id, false, true]),
      ]);
      // And each Forge field carries its manifest description and its extension ARI
      const risk = fields.find((f) => f['fieldId'] === ids[2]);
      expect(risk?.['name']).toBe('Change risk');
      expect(String(risk?.['description'])).toMatch(/as assessed by the requester/);
      const schema = obj(risk?.['jiraSchema']);
      expect(schema['type']).toBe('string');
      expect(schema['custom']).toMatch(
        /^ari:cloud:ecosystem::extension\/[0-9a-f-]+\/[0-9a-f-]+\/static\/cab-risk$/,
      );
    }
  });

  it('adds "Get IT help" (id 12), not a change, with Summary, Description and the Device or app text field', async () => {
    const h = makeStandIn({ customFields: manifestCustomFields() });
    const type = await h.call('GET', '/rest/servicedeskapi/servicedesk/1/requesttype/12', as(USERS.riley));
    expect(jsm.RequestTypeSchema.safeParse(type.json).success).toBe(true);
    expect(obj(type.json)).toMatchObject({ id: '12', name: 'Get IT help', serviceDeskId: '1' });
    expect(obj(type.json)['practice']).not.toBe('change');
    const fields = await requestTypeFields(h, '12');
    expect(fields.map((f) => [f['fieldId'], f['name'], f['required']])).toEqual([
      ['summary', 'Summary', true],
      ['description', 'Description', false],
      [DEVICE_OR_APP_FIELD, 'Device or app', false],
    ]);
    expect(obj(fields[2]?.['jiraSchema'])).toEqual({
      type: 'string',
      custom: 'com.atlassian.jira.plugin.system.customfieldtypes:textfield',
      customId: 10050,
    });
    // And the platform lists the text field
    const listed = arr((await h.call('GET', '/rest/api/3/field', APP)).json).map(obj);
    expect(listed.find((f) => f['id'] === DEVICE_OR_APP_FIELD)?.['name']).toBe('Device or app');
    // And a request of the type keeps the text, but not app fields or overlong text
    const created = await h.call('POST', '/rest/servicedeskapi/request', as(USERS.riley), {
      serviceDeskId: '1',
      requestTypeId: '12',
      requestFieldValues: { summary: 'Laptop will not boot', [DEVICE_OR_APP_FIELD]: 'ThinkPad X1' },
    });
    expect(created.status).toBe(201);
    expect(arr(obj(created.json)['requestFieldValues']).map(obj)).toContainEqual(
      expect.objectContaining({ fieldId: DEVICE_OR_APP_FIELD, value: 'ThinkPad X1' }),
    );
    const risk = await forgeFieldId(h, 'cab-risk');
    const refused = [{ [risk]: 'high' }, { [DEVICE_OR_APP_FIELD]: 'x'.repeat(256) }];
    for (const values of refused) {
      const response = await h.call('POST', '/rest/servicedeskapi/request', as(USERS.riley), {
        serviceDeskId: '1',
        requestTypeId: '12',
        requestFieldValues: { summary: 'x', ...values },
      });
      expect(response.status).toBe(400);
      expect(jsm.ErrorResponseSchema.safeParse(response.json).success).toBe(true);
    }
  });
});

describe('Create issue with the Request Type field', () => {
  it("takes the request type id, skips the type's required fields, and reads back in JSM shape", async () => {
    // Given "Get IT help" requires Device or app
    const h = makeStandIn({ customFields: manifestCustomFields() });
    const required = [
      { fieldId: 'summary', required: true },
      { fieldId: 'description', required: false },
      { fieldId: DEVICE_OR_APP_FIELD, required: true },
    ];
    h.db
      .prepare("UPDATE jira_request_types SET fields_json = ? WHERE id = '12'")
      .run(JSON.stringify(required));
    const portal = await h.call('POST', '/rest/servicedeskapi/request', APP, {
      serviceDeskId: '1',
      requestTypeId: '12',
      requestFieldValues: { summary: 'Printer on floor 3' },
    });
    expect(portal.status).toBe(400);
    // When the app creates an issue with that request type and no Device or app
    const created = await h.call('POST', '/rest/api/3/issue', APP, {
      fields: {
        project: { key: 'CHG' },
        issuetype: { id: '10005' },
        summary: 'Printer on floor 3',
        [REQUEST_TYPE_FIELD]: '12',
      },
    });
    expect(created.status).toBe(201);
    // Then GET issue answers the Request Type value with the request type, its id, and the current status
    const got = await h.call('GET', `/rest/api/3/issue/CHG-1?fields=${REQUEST_TYPE_FIELD}`, APP);
    expect(validateOperationResponse('GET', '/rest/api/3/issue/{issueIdOrKey}', 200, got.json)).toEqual([]);
    const value = obj(obj(obj(got.json)['fields'])[REQUEST_TYPE_FIELD]);
    expect(jsm.RequestTypeSchema.safeParse(value['requestType']).success).toBe(true);
    expect(obj(value['requestType'])).toMatchObject({
      id: '12',
      name: 'Get IT help',
      issueTypeId: '10005',
      serviceDeskId: '1',
      portalId: '1',
    });
    expect(obj(value['currentStatus'])).toMatchObject({ status: 'Draft', statusCategory: 'NEW' });
    expect(obj(value['_links'])['web']).toBe('http://localhost:8080/servicedesk/customer/portal/1/CHG-1');
    // And the request is a JSM request of that type
    const request = await h.call('GET', '/rest/servicedeskapi/request/CHG-1', APP);
    expect(obj(request.json)['requestTypeId']).toBe('12');
  });

  it('refuses an unknown request type, a number and the request type of another format', async () => {
    const h = makeStandIn();
    for (const value of ['99', 12, 'chg/get-it-help']) {
      const created = await h.call('POST', '/rest/api/3/issue', APP, {
        fields: {
          project: { key: 'CHG' },
          issuetype: { id: '10005' },
          summary: 'x',
          [REQUEST_TYPE_FIELD]: value,
        },
      });
      expect({ value, status: created.status }).toEqual({ value, status: 400 });
      expect(Object.keys(obj(obj(created.json)['errors']))).toEqual([REQUEST_TYPE_FIELD]);
    }
    expect(h.events).toEqual([]);
  });
});
