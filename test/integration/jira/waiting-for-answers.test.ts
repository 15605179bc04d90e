import { validateOperationResponse } from './openapi-validator';
import { APP, arr, as, GROUPS, makeStandIn, obj, USERS, type Harness } from './stand-in-fixture';

async function raise(h: Harness, requestTypeId: string): Promise<string> {
  const created = await h.call('POST', '/rest/servicedeskapi/request', as(USERS.dana), {
    serviceDeskId: '1',
    requestTypeId,
    requestFieldValues: { summary: 'Incomplete change' },
  });
  const key = String(obj(created.json)['issueKey']);
  await h.call('PUT', `/rest/api/3/issue/${key}`, APP, {
    fields: { customfield_10030: [{ groupId: GROUPS.payments }] },
  });
  return key;
}

async function transitionNames(h: Harness, key: string): Promise<[string, string][]> {
  const got = obj((await h.call('GET', `/rest/api/3/issue/${key}/transitions`, APP)).json);
  return arr(got['transitions']).map((t) => [String(obj(t)['id']), String(obj(t)['name'])]);
}

describe('the "Waiting for answers" status of the CHG workflow', () => {
  it('is reached from Draft with "Ask for answers" and left with the approval requests of each variant', async () => {
    const h = makeStandIn();
    for (const [typeId, exit, approvalStatus] of [
      ['10', ['11', 'Request approval'], 'Awaiting approval'],
      ['11', ['12', 'Request emergency approval'], 'Awaiting emergency approval'],
    ] as const) {
      // Given a draft of each variant
      const key = await raise(h, typeId);
      expect(await transitionNames(h, key)).toContainEqual(['13', 'Ask for answers']);
      // When the app asks for answers
      const ask = await h.call('POST', `/rest/api/3/issue/${key}/transitions`, APP, {
        transition: { id: '13' },
      });
      expect(ask.status).toBe(204);
      // Then the issue waits in a `new` category status
      const issue = obj((await h.call('GET', `/rest/api/3/issue/${key}?fields=status`, APP)).json);
      const status = obj(obj(issue['fields'])['status']);
      expect(status['name']).toBe('Waiting for answers');
      expect(obj(status['statusCategory'])['key']).toBe('new');
      // And only the variant's approval request (and Cancel) leads on
      expect(await transitionNames(h, key)).toEqual([
        [exit[0], exit[1]],
        ['61', 'Cancel'],
      ]);
      const go = await h.call('POST', `/rest/api/3/issue/${key}/transitions`, APP, {
        transition: { id: exit[0] },
      });
      expect(go.status).toBe(204);
      const after = obj((await h.call('GET', `/rest/api/3/issue/${key}?fields=status`, APP)).json);
      expect(obj(obj(after['fields'])['status'])['name']).toBe(approvalStatus);
      // And the approval opened on entering the approval status, as from Draft
      const approvals = obj((await h.call('GET', `/rest/servicedeskapi/request/${key}/approval`, APP)).json);
      expect(arr(approvals['values'])).toHaveLength(1);
    }
  });

  it('is part of the workflow the app reads, with the transitions 11, 12 and 13', async () => {
    const h = makeStandIn();
    const read = await h.call('POST', '/rest/api/3/workflows', APP, {
      projectAndIssueTypes: [{ projectId: '10000', issueTypeId: '10005' }],
    });
    expect(validateOperationResponse('POST', '/rest/api/3/workflows', 200, read.json)).toEqual([]);
    const body = obj(read.json);
    const waiting = arr(body['statuses'])
      .map(obj)
      .find((s) => s['name'] === 'Waiting for answers');
    expect(waiting).toMatchObject({ statusCategory: 'TODO' });
    const transitions = arr(obj(arr(body['workflows'])[0])['transitions']).map(obj);
    const links = (id: string) => {
      const t = transitions.find((candidate) => candidate['id'] === id);
      return [t?.['toStatusReference'], arr(t?.['links']).map((l) => obj(l)['fromStatusReference'])];
    };
    const waitingId = waiting?.['id'];
    expect(links('13')).toEqual([waitingId, ['10001']]);
    expect(links('11')).toEqual(['10002', ['10001', waitingId]]);
    expect(links('12')).toEqual(['10003', ['10001', waitingId]]);
  });
});
