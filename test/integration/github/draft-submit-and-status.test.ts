import { PEOPLE, startAppHost, validAnswers, type AppHost, type Person } from '../app/app-harness';
import {
  approvedReview,
  changeRequestKeys,
  deliver,
  HEAD_SHA,
  mapDanaLogin,
  NEW_HEAD_SHA,
  readIssue,
  setGitHubToken,
  statusesOn,
  synchronized,
} from './github-harness';

interface Envelope<T> {
  ok: boolean;
  value?: T;
  error?: { code: string; message: string; fieldErrors?: { field: string; message: string }[] };
}
interface AnswersResult {
  state: string;
  isRequester: boolean;
  answers: { affectedSystems?: string[] };
  problems: { field: string; kind: string }[];
  pullRequest: { label: string } | null;
}
interface PanelResult {
  status: string;
  decision: string;
  viewer: { approvalId: string | null };
}

/** What the developer answers on the "Complete and submit" form (the systems came from GitHub). */
function humanAnswers(): Record<string, unknown> {
  return Object.fromEntries(Object.entries(validAnswers()).filter(([field]) => field !== 'affectedSystems'));
}

describe('completing a drafted CR and the status GitHub sees', () => {
  let app: AppHost;
  let key: string;
  const call = <T>(as: Person, functionKey: string, payload: unknown) =>
    app.invoke(as, key, functionKey, payload) as Promise<Envelope<T>>;

  beforeEach(async () => {
    app = await startAppHost();
    mapDanaLogin(app);
    setGitHubToken(app);
    await deliver(app, 'pull_request_review', approvedReview(21));
    await app.host.settle();
    key = (await changeRequestKeys(app))[0] ?? '';
  });
  afterEach(async () => {
    await app.stop();
  });

  async function submitAndApprove(decision: 'approve' | 'decline'): Promise<void> {
    const submitted = await call<{ outcome: string }>(PEOPLE.dana, 'submitAnswers', {
      issueKey: key,
      answers: humanAnswers(),
    });
    expect(submitted).toMatchObject({ ok: true, value: { outcome: 'routed' } });
    await app.host.settle();
    const panel = await call<PanelResult>(PEOPLE.priya, 'getApprovalPanel', { issueKey: key });
    const answered = await call<PanelResult>(PEOPLE.priya, 'answerApproval', {
      issueKey: key,
      approvalId: panel.value?.viewer.approvalId,
      decision,
      comment: decision === 'approve' ? 'Retries look safe.' : 'Not before the freeze ends.',
    });
    expect(answered.value?.decision).toBe(decision === 'approve' ? 'approved' : 'declined');
    await app.host.settle();
  }

  it('stays in Draft, unrouted, until the requester completes and submits it', async () => {
    const draft = await call<AnswersResult>(PEOPLE.dana, 'getAnswers', { issueKey: key });
    expect(draft.value).toMatchObject({
      state: 'draft',
      isRequester: true,
      answers: { affectedSystems: ['checkout-web'] },
      pullRequest: { label: 'acme/checkout-web#21' },
    });
    expect(draft.value?.problems.map((problem) => [problem.field, problem.kind])).toEqual([
      ['changeType', 'missing'],
      ['risk', 'missing'],
      ['plannedWindow', 'missing'],
      ['testing', 'missing'],
      ['consequenceOfNotReleasing', 'missing'],
      ['rollbackPlan', 'missing'],
    ]);
    // The panel (which routes portal CRs on first view) leaves the draft alone
    const panel = await call<PanelResult>(PEOPLE.dana, 'getApprovalPanel', { issueKey: key });
    expect(panel.value?.status).toBe('Draft');
  });

  it('refuses a submission from someone other than the requester, and incomplete answers field by field', async () => {
    const other = await call(PEOPLE.morgan, 'submitAnswers', { issueKey: key, answers: humanAnswers() });
    expect(other).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const incomplete = await call(PEOPLE.dana, 'submitAnswers', {
      issueKey: key,
      answers: { ...humanAnswers(), rollbackPlan: '' },
    });
    expect(incomplete).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    expect(incomplete.error?.fieldErrors?.map((error) => error.field)).toEqual(['rollbackPlan']);
    expect((await readIssue(app, key)).fields.status.name).toBe('Draft');
  });

  it('routes the submitted draft like a portal CR and sets success on the PR when approved', async () => {
    await submitAndApprove('approve');
    const issue = await readIssue(app, key);
    expect(issue.fields.status.name).toBe('Approved');
    // The answers were written to the CR's own fields, and the draft marker is gone
    expect(Object.values(issue.fields)).toContainEqual({ text: validAnswers()['rollbackPlan'] });
    expect(issue.properties).toEqual({});
    expect(statusesOn(app, HEAD_SHA).map((status) => status.state)).toEqual([
      'pending',
      'pending',
      'success',
    ]);
  });

  it('sets failure on the PR when the CR is declined', async () => {
    await submitAndApprove('decline');
    expect(statusesOn(app, HEAD_SHA).at(-1)?.state).toBe('failure');
  });

  it('marks the approval stale when new commits arrive: internal comment, status pending on the new head', async () => {
    await submitAndApprove('approve');
    const delivered = await deliver(app, 'pull_request', synchronized(21, NEW_HEAD_SHA));
    await app.host.settle();
    expect(delivered.status).toBe(202);
    expect(statusesOn(app, NEW_HEAD_SHA)).toEqual([
      expect.objectContaining({ state: 'pending', context: 'async-cab/change-approval' }),
    ]);
    const comments = (await (await app.rest(`/rest/api/3/issue/${key}/comment`, PEOPLE.morgan)).json()) as {
      comments: { body: unknown }[];
    };
    expect(JSON.stringify(comments.comments)).toContain('The approval is stale');
    const issue = await readIssue(app, key);
    expect(Object.values(issue.fields)).toContainEqual(
      expect.objectContaining({ number: 21, headSha: NEW_HEAD_SHA }),
    );
    const panel = (await app.invoke(PEOPLE.priya, key, 'getApprovalPanel', { issueKey: key })) as {
      value?: { staleApproval?: { headSha: string; message: string } };
    };
    expect(panel.value?.staleApproval).toMatchObject({ headSha: NEW_HEAD_SHA });
    expect(panel.value?.staleApproval?.message).toMatch(/after this change was approved/);
    // The requester is emailed and the channel told, once
    const told = app.host.jira
      .outbox()
      .filter((mail) => mail.issueKey === key && mail.subject.startsWith(`${key} approval is stale`));
    expect(told.map((mail) => mail.recipients.map((person) => person.accountId))).toEqual([
      [PEOPLE.dana.accountId],
    ]);
    const chat = (await (await fetch(`${app.host.url}/_local/chat`)).json()) as { text: string }[];
    expect(chat.filter((line) => line.text.includes(`approval of ${key} is stale`))).toHaveLength(1);
  });
});
