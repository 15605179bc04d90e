/**
 * The transitions only the app may take (approve by silence, implement now) are refused to people where the
 * workflow restricts them, the setup check says whether it does, and where it does not, a change moved to
 * Approved without an approval is flagged as an unexplained approval, never counted as approved.
 */
import { PEOPLE, startAppHost, validAnswers, type AppHost } from './app-harness';

interface Envelope<T> {
  ok: boolean;
  value?: T;
  error?: { code: string; message: string };
}
interface Check {
  key: string;
  ok: boolean;
  message: string;
  fix: string | null;
}
const APPROVE_BY_SILENCE = '23';

describe('transitions only the app may take', () => {
  let app: AppHost;
  beforeEach(async () => {
    app = await startAppHost();
  });
  afterEach(async () => {
    await app.stop();
  });

  const setupCheck = async (issueKey: string) => {
    const answer = (await app.invoke(PEOPLE.alex, issueKey, 'getSetupCheck', {})) as Envelope<{
      checks: Check[];
    }>;
    return answer.value?.checks.find((check) => check.key === 'workflow:app-only-transitions');
  };
  const fire = async (issueKey: string) => {
    const response = await app.rest(`/rest/api/3/issue/${issueKey}/transitions`, PEOPLE.morgan, {
      method: 'POST',
      body: { transition: { id: APPROVE_BY_SILENCE } },
    });
    await response.text();
    await app.host.settle();
    return response.status;
  };
  const status = async (issueKey: string) =>
    (
      (await (await app.rest(`/rest/api/3/issue/${issueKey}?fields=status`, PEOPLE.morgan)).json()) as {
        fields: { status: { name: string } };
      }
    ).fields.status.name;

  it('refuses them to an agent where the workflow restricts them, and the setup check says it does', async () => {
    const key = await app.raise(PEOPLE.dana, 'Resize the checkout pods', validAnswers());
    const listed = (await (await app.rest(`/rest/api/3/issue/${key}/transitions`, PEOPLE.morgan)).json()) as {
      transitions: { id: string }[];
    };
    expect(listed.transitions.map((transition) => transition.id)).not.toContain(APPROVE_BY_SILENCE);
    expect(await fire(key)).toBe(400);
    expect(await status(key)).toBe('Awaiting approval');
    expect(await setupCheck(key)).toMatchObject({ ok: true });
  });

  it('flags an approval that neither JSM nor the app made, where the workflow does not restrict them', async () => {
    // Given a site whose admin left "Approve by silence" open to everyone
    app.host.jira.restrictAppOnlyTransitions(false);
    const key = await app.raise(PEOPLE.dana, 'Resize the checkout pods', validAnswers());
    const check = await setupCheck(key);
    expect(check).toMatchObject({ ok: false });
    expect(check?.message).toContain('Approve by silence');
    expect(check?.fix).toContain('Restrict issue transition');

    // When an agent who is not an approver fires it directly
    expect(await fire(key)).toBe(204);

    // Then Jira says Approved, but Async CAB does not count it: the panel, an internal comment, the change
    // managers and the channel say it is an unexplained approval
    expect(await status(key)).toBe('Approved');
    const panel = (await app.invoke(PEOPLE.priya, key, 'getApprovalPanel', { issueKey: key })) as Envelope<{
      decision: string;
      decisionRecord: string | null;
      unexplainedApproval?: { to: string; message: string };
    }>;
    expect(panel.value?.decision).toBe('pending');
    expect(panel.value?.decisionRecord).toBeNull();
    expect(panel.value?.unexplainedApproval).toMatchObject({ to: 'Approved' });
    const comments = (await (
      await app.rest(`/rest/servicedeskapi/request/${key}/comment?public=false`, PEOPLE.morgan)
    ).json()) as { values: { body: string }[] };
    expect(comments.values.map((comment) => comment.body).join('\n')).toContain('Unexplained approval');
    const mail = app.host.jira.outbox().filter((message) => message.issueKey === key);
    expect(mail.map((message) => message.subject)).toContain(
      `[UNEXPLAINED APPROVAL] ${key} Resize the checkout pods`,
    );
    const chat = (await (await fetch(`${app.host.url}/_local/chat`)).json()) as {
      issueKey: string;
      text: string;
    }[];
    expect(chat.some((line) => line.issueKey === key && line.text.includes('Unexplained approval'))).toBe(
      true,
    );
  });
});
