import { PEOPLE, startAppHost, validAnswers, type AppHost } from './app-harness';

interface PanelResult {
  ok: boolean;
  value?: {
    status: string;
    decision: string;
    routing: { state: string };
    groups: { name: string; needed: number; pending: { displayName: string }[] }[];
    viewer: { canAnswer: boolean; approvalId: string | null; reason: string };
    deadline: { label: string } | null;
    decisionRecord: string | null;
  };
  error?: { code: string; message: string };
}

describe('raise, route, approve through the local host', () => {
  let app: AppHost;
  beforeAll(async () => {
    app = await startAppHost();
  });
  afterAll(async () => {
    await app.stop();
  });

  it('routes a CR to its approver groups, refuses self-approval, and records the decision', async () => {
    const key = await app.raise(PEOPLE.dana, 'Fix card payment retries in checkout', validAnswers());

    const panel = (await app.invoke(PEOPLE.dana, key, 'getApprovalPanel', { issueKey: key })) as PanelResult;
    expect(panel.ok).toBe(true);
    expect(panel.value).toMatchObject({
      status: 'Awaiting approval',
      decision: 'pending',
      routing: { state: 'routed' },
    });
    expect(panel.value?.groups.map((group) => group.name)).toEqual(['cab-payments']);
    expect(panel.value?.deadline?.label).toMatch(/(working days?|of working time) left$/);

    const outbox = (await (await fetch(`${app.host.url}/_local/outbox`)).json()) as {
      issueKey: string;
      subject: string;
      recipients: { emailAddress: string }[];
    }[];
    expect(outbox).toContainEqual(
      expect.objectContaining({
        issueKey: key,
        subject: expect.stringContaining('Approval needed') as unknown,
      }),
    );
    const chat = (await (await fetch(`${app.host.url}/_local/chat`)).json()) as {
      issueKey: string;
      text: string;
    }[];
    expect(chat.some((message) => message.issueKey === key && message.text.includes('cab-payments'))).toBe(
      true,
    );

    const self = (await app.invoke(PEOPLE.dana, key, 'answerApproval', {
      issueKey: key,
      approvalId: panel.value?.viewer.approvalId ?? '1',
      decision: 'approve',
    })) as PanelResult;
    expect(self).toMatchObject({ ok: false, error: { code: 'SELF_APPROVAL' } });

    const priyaView = (await app.invoke(PEOPLE.priya, key, 'getApprovalPanel', {
      issueKey: key,
    })) as PanelResult;
    expect(priyaView.value?.viewer.canAnswer).toBe(true);
    const approved = (await app.invoke(PEOPLE.priya, key, 'answerApproval', {
      issueKey: key,
      approvalId: priyaView.value?.viewer.approvalId,
      decision: 'approve',
      comment: 'Retries look safe.',
      conditions: ['Deploy after 18:00 London time'],
    })) as PanelResult;
    expect(approved.value).toMatchObject({ decision: 'approved', status: 'Approved' });
    expect(approved.value?.decisionRecord).toContain('Deploy after 18:00 London time');

    const comments = (await (
      await app.rest(`/rest/servicedeskapi/request/${key}/comment?internal=true&public=true`, PEOPLE.morgan)
    ).json()) as {
      values: { public: boolean; body: string }[];
    };
    expect(comments.values.filter((comment) => !comment.public)).toHaveLength(1);
  });
});
