import { jsm } from './jsm-schemas';
import { APP, arr, as, GROUPS, makeStandIn, obj, USERS } from './stand-in-fixture';

/**
 * The stand-in's `GET /rest/servicedeskapi/request?requestOwnership=APPROVER&approvalStatus=MY_PENDING_APPROVAL`
 * ("customer requests pending the user's approval") and `GET /rest/api/3/mypermissions?projectKey=`
 * (docs/platform-assumptions.md): what the Async CAB page reads as its viewer.
 */
const APPROVER_GROUPS = 'customfield_10030';
const PENDING = '/rest/servicedeskapi/request?requestOwnership=APPROVER&approvalStatus=MY_PENDING_APPROVAL';

async function routedChange(h: ReturnType<typeof makeStandIn>): Promise<string> {
  const created = await h.call('POST', '/rest/servicedeskapi/request', as(USERS.dana), {
    serviceDeskId: '1',
    requestTypeId: '10',
    requestFieldValues: { summary: 'Rotate payments-api TLS certificates' },
  });
  const key = String(obj(created.json)['issueKey']);
  await h.call('PUT', `/rest/api/3/issue/${key}`, APP, {
    fields: { [APPROVER_GROUPS]: [{ groupId: GROUPS.payments }, { groupId: GROUPS.security }] },
  });
  const transitions = arr(
    obj((await h.call('GET', `/rest/api/3/issue/${key}/transitions`, APP)).json)['transitions'],
  );
  const request = transitions.map(obj).find((t) => t['name'] === 'Request approval');
  await h.call('POST', `/rest/api/3/issue/${key}/transitions`, APP, { transition: { id: request?.['id'] } });
  return key;
}

const keysOf = (json: unknown) => arr(obj(json)['values']).map((value) => obj(value)['issueKey']);

describe('requests pending my approval, and project permissions', () => {
  it('lists a request for each approver until they answer, as a JSM page of customer requests', async () => {
    const h = makeStandIn();
    const key = await routedChange(h);

    const priya = await h.call('GET', PENDING, as(USERS.priya));
    expect(priya.status).toBe(200);
    expect(jsm.PagedCustomerRequestSchema.safeParse(priya.json).success).toBe(true);
    expect(keysOf(priya.json)).toEqual([key]);
    expect(keysOf((await h.call('GET', PENDING, as(USERS.olivia))).json)).toEqual([]);
    expect(keysOf((await h.call('GET', PENDING, as(USERS.dana))).json)).toEqual([]);

    // When Priya approves, the request is pending Sam's approval only
    const approvals = arr(
      obj((await h.call('GET', `/rest/servicedeskapi/request/${key}/approval`, as(USERS.priya))).json)[
        'values'
      ],
    );
    const id = String(obj(approvals[0])['id']);
    await h.call('POST', `/rest/servicedeskapi/request/${key}/approval/${id}`, as(USERS.priya), {
      decision: 'approve',
    });
    expect(keysOf((await h.call('GET', PENDING, as(USERS.priya))).json)).toEqual([]);
    expect(keysOf((await h.call('GET', PENDING, as(USERS.sam))).json)).toEqual([key]);
  });

  it('says what it does not model rather than answering a list kinder than JSM', async () => {
    const h = makeStandIn();
    const other = await h.call(
      'GET',
      '/rest/servicedeskapi/request?requestOwnership=OWNED_REQUESTS',
      as(USERS.dana),
    );
    expect(other.status).toBe(400);
    expect(obj(other.json)['errorMessage']).toContain('only with requestOwnership=APPROVER');
  });

  it('answers BROWSE_PROJECTS for a project: its agents have it, a developer customer does not', async () => {
    const h = makeStandIn();
    const browse = async (who: string, projectKey = 'CHG') => {
      const answer = await h.call(
        'GET',
        `/rest/api/3/mypermissions?projectKey=${projectKey}&permissions=BROWSE_PROJECTS`,
        as(who),
      );
      if (answer.status !== 200) return { status: answer.status, granted: undefined };
      const permission = obj(obj(obj(answer.json)['permissions'])['BROWSE_PROJECTS']);
      return { status: answer.status, granted: permission['havePermission'] };
    };
    expect(await browse(USERS.morgan)).toEqual({ status: 200, granted: true });
    expect(await browse(USERS.dana)).toEqual({ status: 200, granted: false });
    expect(await browse(USERS.morgan, 'NOPE')).toEqual({ status: 404, granted: undefined });
  });
});
