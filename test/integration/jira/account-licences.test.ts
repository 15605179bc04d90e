import { forgeAccountTypeOf } from '../../../local/jira/create-jira-stand-in';
import { DEMO_USERS } from '../../../local/jira/seed';
import { jsm } from './jsm-schemas';
import { validateOperationResponse } from './openapi-validator';
import { APP, as, makeStandIn, obj, USERS } from './stand-in-fixture';

const raise = (summary: string) => ({
  serviceDeskId: '1',
  requestTypeId: '10',
  requestFieldValues: { summary },
});

describe('account licences of the demo site', () => {
  it('seeds Noah Brooks (Jira licence) and Riley Quinn (portal customer) with Forge account types', () => {
    const byName = (name: string) => DEMO_USERS.find((user) => user.displayName === name);
    expect(byName('Noah Brooks')).toMatchObject({
      accountId: USERS.noah,
      email: 'noah.brooks@asynccab.example',
      groups: ['developers'],
      licence: 'jira',
    });
    expect(byName('Riley Quinn')).toMatchObject({
      accountId: USERS.riley,
      email: 'riley.quinn@vendor.example',
      groups: [],
      licence: 'customer',
    });
    expect(
      Object.fromEntries(DEMO_USERS.map((user) => [user.displayName, forgeAccountTypeOf(user)])),
    ).toMatchObject({
      'Dana Lee': 'licensed',
      'Dev Patel': 'licensed',
      'Priya Nair': 'licensed',
      'Alex Admin': 'licensed',
      'Noah Brooks': 'unlicensed',
      'Riley Quinn': 'customer',
    });
  });

  it("answers each person's Atlassian accountType in the Jira user schema", async () => {
    const h = makeStandIn();
    const cases: [string, string][] = [
      [USERS.riley, 'customer'],
      [USERS.noah, 'atlassian'],
      [USERS.dana, 'atlassian'],
    ];
    for (const [accountId, accountType] of cases) {
      const user = await h.call('GET', `/rest/api/3/user?accountId=${accountId}`, APP);
      expect(validateOperationResponse('GET', '/rest/api/3/user', 200, user.json)).toEqual([]);
      expect({ accountId, accountType: obj(user.json)['accountType'] }).toEqual({ accountId, accountType });
    }
    // And Riley signs in with her email like anyone else
    expect(
      h.standIn.resolveBasicAuth(`Basic ${Buffer.from('riley.quinn@vendor.example:x').toString('base64')}`),
    ).toEqual({ kind: 'user', accountId: USERS.riley });
  });

  it('lets the customer and the Jira-licensed developer raise and see their own requests, not act as agents', async () => {
    const h = makeStandIn();
    for (const [accountId, summary] of [
      [USERS.riley, 'Vendor patch for checkout'],
      [USERS.noah, 'Bump the SDK'],
    ] as const) {
      // When each raises a change on the CHG portal
      const created = await h.call('POST', '/rest/servicedeskapi/request', as(accountId), raise(summary));
      expect(created.status).toBe(201);
      const key = String(obj(created.json)['issueKey']);
      // Then they see it, but cannot edit it, move it or see the agent options
      expect((await h.call('GET', `/rest/servicedeskapi/request/${key}`, as(accountId))).status).toBe(200);
      const edit = await h.call('PUT', `/rest/api/3/issue/${key}`, as(accountId), {
        fields: { summary: 'x' },
      });
      expect(edit.status).toBe(403);
      const transitions = obj(
        (await h.call('GET', `/rest/api/3/issue/${key}/transitions`, as(accountId))).json,
      );
      expect(transitions['transitions']).toEqual([]);
      const meta = obj(
        (await h.call('GET', '/rest/servicedeskapi/servicedesk/1/requesttype/10/field', as(accountId))).json,
      );
      expect(meta['canRaiseOnBehalfOf']).toBe(false);
    }
    // And neither sees the other's request
    expect((await h.call('GET', '/rest/servicedeskapi/request/CHG-2', as(USERS.riley))).status).toBe(404);
    expect((await h.call('GET', '/rest/api/3/issue/CHG-1', as(USERS.noah))).status).toBe(404);
  });

  it('makes only JSM-licensed members of agent groups agents', async () => {
    // Given Morgan (change-managers, an agent group) loses the JSM licence but keeps a Jira one
    const h = makeStandIn();
    await h.call('POST', '/rest/servicedeskapi/request', as(USERS.dana), raise('Dana change'));
    expect((await h.call('GET', '/rest/api/3/issue/CHG-1', as(USERS.morgan))).status).toBe(200);
    h.db.prepare("UPDATE jira_user_licences SET licence = 'jira' WHERE account_id = ?").run(USERS.morgan);
    // Then Morgan no longer sees the queue's requests nor raises on behalf of others
    expect((await h.call('GET', '/rest/api/3/issue/CHG-1', as(USERS.morgan))).status).toBe(404);
    const onBehalf = await h.call('POST', '/rest/servicedeskapi/request', as(USERS.morgan), {
      ...raise('For Dana'),
      raiseOnBehalfOf: USERS.dana,
    });
    expect(onBehalf.status).toBe(403);
  });

  it('refuses a portal customer the service desk does not list', async () => {
    const h = makeStandIn();
    h.db.prepare('DELETE FROM jira_service_desk_customers WHERE account_id = ?').run(USERS.riley);
    const created = await h.call(
      'POST',
      '/rest/servicedeskapi/request',
      as(USERS.riley),
      raise('Not allowed'),
    );
    expect(created.status).toBe(403);
    expect(jsm.ErrorResponseSchema.safeParse(created.json).success).toBe(true);
    expect(h.events).toEqual([]);
  });
});
