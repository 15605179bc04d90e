import { jsm } from './jsm-schemas';
import { as, APP, arr, GROUPS, makeStandIn, obj, USERS } from './stand-in-fixture';

const APPROVER_GROUPS = 'customfield_10030';

async function raiseChange(h: ReturnType<typeof makeStandIn>, requestTypeId = '10') {
  const created = await h.call('POST', '/rest/servicedeskapi/request', as(USERS.dana), {
    serviceDeskId: '1',
    requestTypeId,
    requestFieldValues: { summary: 'Rotate payments-api TLS certificates', description: 'New CA bundle.' },
  });
  expect(created.status).toBe(201);
  return String(obj(created.json)['issueKey']);
}

describe('JSM approval on the Approver groups field', () => {
  it('runs create -> approver groups -> approval status -> refusals -> two groups approve -> Approved', async () => {
    // Given a change raised on the portal by a developer
    const h = makeStandIn();
    const key = await raiseChange(h);
    // When the app routes it to cab-payments and cab-security and moves it into the approval status
    expect(
      (
        await h.call('PUT', `/rest/api/3/issue/${key}`, APP, {
          fields: { [APPROVER_GROUPS]: [{ groupId: GROUPS.payments }, { name: 'cab-security' }] },
        })
      ).status,
    ).toBe(204);
    const transitions = obj((await h.call('GET', `/rest/api/3/issue/${key}/transitions`, APP)).json);
    const request = arr(transitions['transitions'])
      .map(obj)
      .find((t) => t['name'] === 'Request approval');
    expect(request).toBeDefined();
    expect(
      (
        await h.call('POST', `/rest/api/3/issue/${key}/transitions`, APP, {
          transition: { id: request?.['id'] },
        })
      ).status,
    ).toBe(204);

    // Then JSM created one approval whose approvers are the groups' members, pending
    const page = await h.call('GET', `/rest/servicedeskapi/request/${key}/approval`, as(USERS.priya));
    expect(page.status).toBe(200);
    const approvals = arr(obj(page.json)['values']).map(obj);
    expect(approvals).toHaveLength(1);
    const approval = approvals[0] ?? {};
    expect(jsm.ApprovalSchema.safeParse(approval).success).toBe(true);
    expect(approval['finalDecision']).toBe('pending');
    expect(approval['canAnswerApproval']).toBe(true);
    const approverIds = arr(approval['approvers']).map((a) => obj(obj(a)['approver'])['accountId']);
    expect(approverIds.sort()).toEqual([USERS.sam, USERS.elena, USERS.priya].sort());
    const id = String(approval['id']);

    // And a non-approver (an agent in another group) cannot answer, nor can the requester
    const olivia = await h.call(
      'POST',
      `/rest/servicedeskapi/request/${key}/approval/${id}`,
      as(USERS.olivia),
      { decision: 'approve' },
    );
    expect(olivia.status).toBe(403);
    expect(jsm.ErrorResponseSchema.safeParse(olivia.json).success).toBe(true);
    expect(obj(olivia.json)['errorMessage']).toMatch(/not an approver/);
    expect(obj(obj(olivia.json)['i18nErrorMessage'])['i18nKey']).toEqual(expect.any(String));
    const asViewer = obj(
      (await h.call('GET', `/rest/servicedeskapi/request/${key}/approval/${id}`, as(USERS.olivia))).json,
    );
    expect(asViewer['canAnswerApproval']).toBe(false);
    expect(
      (
        await h.call('POST', `/rest/servicedeskapi/request/${key}/approval/${id}`, APP, {
          decision: 'approve',
        })
      ).status,
    ).toBe(403);

    // When one payments approver approves, the approval is still pending (security has not answered)
    const first = await h.call(
      'POST',
      `/rest/servicedeskapi/request/${key}/approval/${id}`,
      as(USERS.priya),
      { decision: 'approve' },
    );
    expect(first.status).toBe(200);
    expect(obj(first.json)['finalDecision']).toBe('pending');
    expect(obj(first.json)['canAnswerApproval']).toBe(false);
    const again = await h.call(
      'POST',
      `/rest/servicedeskapi/request/${key}/approval/${id}`,
      as(USERS.priya),
      { decision: 'approve' },
    );
    expect(again.status).toBe(400);

    // And one security approver approves: numberPerPrincipal 1 is met for both groups
    h.events.length = 0;
    h.clock.set(h.clock.now().getTime() + 60_000);
    const second = await h.call('POST', `/rest/servicedeskapi/request/${key}/approval/${id}`, as(USERS.sam), {
      decision: 'approve',
    });
    expect(second.status).toBe(200);
    expect(obj(second.json)['finalDecision']).toBe('approved');
    expect(obj(second.json)['completedDate']).toBeDefined();

    // Then JSM fired the approve transition: the issue is Approved and an updated event carries the status change
    const issue = obj((await h.call('GET', `/rest/api/3/issue/${key}?fields=status`, APP)).json);
    expect(obj(obj(obj(issue['fields'])['status']))['name']).toBe('Approved');
    expect(h.events).toHaveLength(1);
    const event = h.events[0];
    expect(event?.eventType).toBe('avi:jira:updated:issue');
    expect(event?.atlassianId).toBe(USERS.sam);
    expect(event?.selfGenerated).toBe(false);
    expect(event?.eventType === 'avi:jira:updated:issue' ? event.changelog.items : []).toEqual([
      expect.objectContaining({
        field: 'status',
        fieldId: 'status',
        fromString: 'Awaiting approval',
        toString: 'Approved',
      }),
    ]);
    // And the remaining security approver can no longer answer
    const late = await h.call('POST', `/rest/servicedeskapi/request/${key}/approval/${id}`, as(USERS.elena), {
      decision: 'decline',
    });
    expect(late.status).toBe(400);
  });

  it('declines on the first decline and fires the decline transition', async () => {
    // Given a change awaiting approval by cab-operations
    const h = makeStandIn();
    const key = await raiseChange(h);
    await h.call('PUT', `/rest/api/3/issue/${key}`, APP, {
      fields: { [APPROVER_GROUPS]: [{ groupId: GROUPS.operations }] },
    });
    await h.call('POST', `/rest/api/3/issue/${key}/transitions`, APP, { transition: { id: '11' } });
    const approval = obj(
      arr(obj((await h.call('GET', `/rest/servicedeskapi/request/${key}/approval`, APP)).json)['values'])[0],
    );
    // When Olivia declines
    const answer = await h.call(
      'POST',
      `/rest/servicedeskapi/request/${key}/approval/${String(approval['id'])}`,
      as(USERS.olivia),
      { decision: 'decline' },
    );
    // Then the approval and the issue are declined
    expect(obj(answer.json)['finalDecision']).toBe('declined');
    const issue = obj((await h.call('GET', `/rest/api/3/issue/${key}?fields=status`, APP)).json);
    expect(obj(obj(obj(issue['fields'])['status']))['name']).toBe('Declined');
  });

  it('uses the emergency approval step for Emergency change and ends the approval when the issue leaves it', async () => {
    // Given an emergency change with the ECAB groups
    const h = makeStandIn();
    const key = await raiseChange(h, '11');
    await h.call('PUT', `/rest/api/3/issue/${key}`, APP, {
      fields: { [APPROVER_GROUPS]: [{ groupId: GROUPS.operations }, { groupId: GROUPS.changeManagers }] },
    });
    // When the app lists transitions
    const names = arr(
      obj((await h.call('GET', `/rest/api/3/issue/${key}/transitions`, APP)).json)['transitions'],
    ).map((t) => obj(t)['name']);
    // Then only the emergency approval request is offered (plus asking for answers and Cancel)
    expect(names).toEqual(['Request emergency approval', 'Ask for answers', 'Cancel']);
    expect(
      (await h.call('POST', `/rest/api/3/issue/${key}/transitions`, APP, { transition: { id: '11' } }))
        .status,
    ).toBe(400);
    await h.call('POST', `/rest/api/3/issue/${key}/transitions`, APP, { transition: { id: '12' } });
    const approval = obj(
      arr(obj((await h.call('GET', `/rest/servicedeskapi/request/${key}/approval`, APP)).json)['values'])[0],
    );
    expect(approval['name']).toBe('Awaiting emergency approval');
    // When the change is cancelled while pending, the approval can no longer be answered
    await h.call('POST', `/rest/api/3/issue/${key}/transitions`, APP, { transition: { id: '61' } });
    const late = await h.call(
      'POST',
      `/rest/servicedeskapi/request/${key}/approval/${String(approval['id'])}`,
      as(USERS.morgan),
      { decision: 'approve' },
    );
    expect(late.status).toBe(400);
    const view = obj(
      (
        await h.call(
          'GET',
          `/rest/servicedeskapi/request/${key}/approval/${String(approval['id'])}`,
          as(USERS.morgan),
        )
      ).json,
    );
    expect(view['canAnswerApproval']).toBe(false);
  });

  it('excludes the reporter from the approvers and lets approvers see the request they must answer', async () => {
    // Given Dev Patel (developer and cab-platform) raises a change routed to cab-platform
    const h = makeStandIn();
    const created = await h.call('POST', '/rest/servicedeskapi/request', as(USERS.dev), {
      serviceDeskId: '1',
      requestTypeId: '10',
      requestFieldValues: { summary: 'Upgrade dev-portal' },
    });
    const key = String(obj(created.json)['issueKey']);
    await h.call('PUT', `/rest/api/3/issue/${key}`, APP, {
      fields: { [APPROVER_GROUPS]: [{ groupId: GROUPS.platform }] },
    });
    await h.call('POST', `/rest/api/3/issue/${key}/transitions`, APP, { transition: { id: '11' } });
    // Then Pat Kim is the only approver and Dev cannot approve his own change
    const approval = obj(
      arr(
        obj((await h.call('GET', `/rest/servicedeskapi/request/${key}/approval`, as(USERS.pat))).json)[
          'values'
        ],
      )[0],
    );
    expect(arr(approval['approvers']).map((a) => obj(obj(a)['approver'])['accountId'])).toEqual([USERS.pat]);
    const own = await h.call(
      'POST',
      `/rest/servicedeskapi/request/${key}/approval/${String(approval['id'])}`,
      as(USERS.dev),
      { decision: 'approve' },
    );
    expect(own.status).toBe(403);
  });
});
