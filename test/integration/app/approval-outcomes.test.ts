import { PEOPLE, startAppHost, validAnswers, type AppHost } from './app-harness';

interface Envelope<T> {
  ok: boolean;
  value?: T;
  error?: { code: string; message: string; fieldErrors?: { field: string; message: string }[] };
}
interface Panel {
  status: string;
  decision: string;
  routing: { state: string; message?: string; problems?: string[] };
  groups: { name: string; label: string }[];
  viewer: { canAnswer: boolean; approvalId: string | null; reason: string };
  decisionRecord: string | null;
}

describe('approval outcomes through the local host', () => {
  let app: AppHost;
  beforeAll(async () => {
    app = await startAppHost();
  });
  afterAll(async () => {
    await app.stop();
  });

  const panel = async (as: (typeof PEOPLE)[keyof typeof PEOPLE], key: string) =>
    (await app.invoke(as, key, 'getApprovalPanel', { issueKey: key })) as Envelope<Panel>;

  it('declines on the first decline and records who declined and why', async () => {
    const key = await app.raise(
      PEOPLE.dana,
      'Migrate identity sessions to the new store',
      validAnswers({ affectedSystems: ['identity'] }),
    );
    const samView = await panel(PEOPLE.sam, key);
    expect(samView.value?.groups.map((group) => group.name)).toEqual(
      expect.arrayContaining(['cab-security', 'cab-platform']),
    );
    const declined = (await app.invoke(PEOPLE.sam, key, 'answerApproval', {
      issueKey: key,
      approvalId: samView.value?.viewer.approvalId,
      decision: 'decline',
      comment: 'No load test evidence for the session store.',
    })) as Envelope<Panel>;
    expect(declined.value).toMatchObject({ decision: 'declined', status: 'Declined' });
    expect(declined.value?.decisionRecord).toContain('No load test evidence');
  });

  it('shows a non-approver the state without letting them answer', async () => {
    const key = await app.raise(PEOPLE.dana, 'Tune checkout cache TTLs', validAnswers());
    const olivia = await panel(PEOPLE.olivia, key);
    expect(olivia.value?.viewer).toMatchObject({ canAnswer: false });
    expect(olivia.value?.viewer.reason).not.toBe('');
    const refused = (await app.invoke(PEOPLE.olivia, key, 'answerApproval', {
      issueKey: key,
      approvalId: olivia.value?.viewer.approvalId,
      decision: 'approve',
    })) as Envelope<Panel>;
    expect(refused).toMatchObject({ ok: false, error: { code: 'NOT_AN_APPROVER' } });
  });

  it('never approves a CR whose system has no approver group: internal comment, no approval, waits for the change manager', async () => {
    // Given the policy lists a mainframe system whose approver groups nobody has chosen yet
    const anyKey = await app.raise(PEOPLE.dana, 'Warm up the policy', validAnswers());
    const view0 = (await app.invoke(PEOPLE.alex, anyKey, 'getPolicy', {})) as Envelope<{
      policy: { systems: Record<string, unknown>[] };
      revision: number;
    }>;
    const policy = view0.value?.policy;
    if (policy === undefined) throw new Error('no policy');
    policy.systems.push({
      key: 'mainframe',
      name: 'Mainframe batch',
      approverGroupIds: [],
      repositories: [],
      timeZone: 'Europe/London',
      criticality: 'high',
    });
    const saved = (await app.invoke(PEOPLE.alex, anyKey, 'savePolicy', {
      policy,
      expectedRevision: view0.value?.revision ?? 0,
    })) as Envelope<unknown>;
    expect(saved.ok).toBe(true);
    // When Dana raises a change to it
    const key = await app.raise(
      PEOPLE.dana,
      'Change the mainframe batch window',
      validAnswers({ affectedSystems: ['mainframe'] }),
    );
    const view = await panel(PEOPLE.morgan, key);
    expect(view.value).toMatchObject({ routing: { state: 'needs-attention' }, groups: [] });
    expect(view.value?.status).not.toMatch(/Awaiting/);
    expect(view.value?.routing.problems?.join(' ')).toMatch(/Mainframe batch has no approver groups/);
    const comments = (await (
      await app.rest(`/rest/servicedeskapi/request/${key}/comment`, PEOPLE.morgan)
    ).json()) as {
      values: { public: boolean; body: string }[];
    };
    expect(comments.values).toEqual([
      expect.objectContaining({ public: false, body: expect.stringContaining('could not route') as unknown }),
    ]);
    const approvals = (await (
      await app.rest(`/rest/servicedeskapi/request/${key}/approval`, PEOPLE.morgan)
    ).json()) as { values: unknown[] };
    expect(approvals.values).toEqual([]);
  });

  it('routes once however often it is asked (event, panel views from several people)', async () => {
    const key = await app.raise(PEOPLE.dana, 'Rotate the payments webhook secret', validAnswers());
    await Promise.all([panel(PEOPLE.dana, key), panel(PEOPLE.priya, key), panel(PEOPLE.morgan, key)]);
    await app.host.settle();
    const outbox = (await (await fetch(`${app.host.url}/_local/outbox`)).json()) as { issueKey: string }[];
    expect(outbox.filter((mail) => mail.issueKey === key)).toHaveLength(1);
  });

  it('records the decision when an approver uses JSM’s own approve button (status-change event)', async () => {
    const key = await app.raise(PEOPLE.dana, 'Bump checkout to Node 24', validAnswers());
    await panel(PEOPLE.dana, key);
    const approvals = (await (
      await app.rest(`/rest/servicedeskapi/request/${key}/approval`, PEOPLE.priya)
    ).json()) as { values: { id: string }[] };
    const id = approvals.values[0]?.id ?? '';
    const answered = await app.rest(`/rest/servicedeskapi/request/${key}/approval/${id}`, PEOPLE.priya, {
      method: 'POST',
      body: { decision: 'approve' },
    });
    expect(answered.status).toBe(200);
    await app.host.settle();
    const view = await panel(PEOPLE.dana, key);
    expect(view.value).toMatchObject({ decision: 'approved', status: 'Approved' });
    expect(view.value?.decisionRecord).toContain('Priya Nair');
  });

  it('rejects a malformed payload before any work, naming the field', async () => {
    const key = await app.raise(PEOPLE.dana, 'Any change', validAnswers());
    const bad = (await app.invoke(PEOPLE.priya, key, 'answerApproval', {
      issueKey: key,
      approvalId: 'x',
      decision: 'maybe',
    })) as Envelope<Panel>;
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    expect(bad.error?.fieldErrors?.map((error) => error.field).sort()).toEqual(['approvalId', 'decision']);
  });
});
