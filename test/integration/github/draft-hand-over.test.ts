/**
 * A draft raised for a GitHub login that maps to nobody is never a dead end: a change manager hands it to
 * the developer from the issue panel, and mapping the login in the policy hands over that author's drafts.
 */
import { PEOPLE, startAppHost, type AppHost, type Person } from '../app/app-harness';
import { approvedReview, changeRequestKeys, DANA_LOGIN, deliver, readIssue } from './github-harness';

interface Envelope<T> {
  ok: boolean;
  value?: T;
  error?: { code: string; message: string };
}
interface PanelView {
  routing: {
    state: string;
    message: string;
    handOver?: {
      requester: { displayName: string } | null;
      unmappedLogin: string | null;
      canHandOver: boolean;
    };
  };
}
interface PolicyView {
  policy: { repositories: { githubLogins?: Record<string, string> } };
  revision: number;
}

describe('handing over a draft whose author maps to nobody', () => {
  let app: AppHost;
  let key: string;
  const call = <T>(as: Person, functionKey: string, payload: unknown) =>
    app.invoke(as, key, functionKey, payload) as Promise<Envelope<T>>;
  const mailsTo = (accountId: string) =>
    app.host.jira
      .outbox()
      .filter((mail) => mail.issueKey === key && mail.recipients.some((to) => to.accountId === accountId));

  beforeEach(async () => {
    app = await startAppHost();
    // The PR author's login (dana-lee) is not in the policy: the draft is raised by the app
    await deliver(app, 'pull_request_review', approvedReview(31));
    await app.host.settle();
    key = (await changeRequestKeys(app))[0] ?? '';
  });
  afterEach(async () => {
    await app.stop();
  });

  it('shows a change manager who the draft waits for, and lets them hand it to the developer', async () => {
    // Given the draft belongs to nobody yet
    const before = await readIssue(app, key);
    expect(before.fields.reporter?.accountId).not.toBe(PEOPLE.dana.accountId);
    const panel = await call<PanelView>(PEOPLE.morgan, 'getApprovalPanel', { issueKey: key });
    expect(panel.value?.routing).toMatchObject({
      state: 'draft',
      handOver: { requester: null, unmappedLogin: DANA_LOGIN, canHandOver: true },
    });

    // When Morgan (change managers) hands it to Dana
    const handed = await call<PanelView>(PEOPLE.morgan, 'handOverDraft', {
      issueKey: key,
      accountId: PEOPLE.dana.accountId,
    });

    // Then Dana is its requester, is emailed what to do, and can open it on the portal
    expect(handed.error).toBeUndefined();
    expect(handed.value?.routing.handOver?.requester?.displayName).toBe('Dana Lee');
    expect((await readIssue(app, key)).fields.reporter?.accountId).toBe(PEOPLE.dana.accountId);
    expect(mailsTo(PEOPLE.dana.accountId).map((mail) => mail.subject)).toEqual([
      `${key}: complete the change request drafted from acme/checkout-web#31`,
    ]);
    const portal = await fetch(`${app.host.url}/servicedesk/customer/portal/1/${key}`, {
      headers: { cookie: `acab_user=${encodeURIComponent(PEOPLE.dana.accountId)}` },
    });
    expect(portal.status).toBe(200);
    const answers = await call<{ state: string; isRequester: boolean }>(PEOPLE.dana, 'getAnswers', {
      issueKey: key,
    });
    expect(answers.value).toMatchObject({ state: 'draft', isRequester: true });
  });

  it('refuses a hand-over by someone who is not a change manager or an admin, and to nobody', async () => {
    const byApprover = await call(PEOPLE.priya, 'handOverDraft', {
      issueKey: key,
      accountId: PEOPLE.dana.accountId,
    });
    expect(byApprover).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const toNobody = await call(PEOPLE.morgan, 'handOverDraft', {
      issueKey: key,
      accountId: '712020:00000000-0000-4000-8000-00000000dead',
    });
    expect(toNobody).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    expect((await readIssue(app, key)).fields.reporter?.accountId).not.toBe(PEOPLE.dana.accountId);
  });

  it("hands over the author's drafts when an admin maps the login in the policy", async () => {
    // When Alex maps dana-lee to Dana's account and saves the policy
    const view = await call<PolicyView>(PEOPLE.alex, 'getPolicy', {});
    const policy = view.value?.policy;
    if (policy === undefined) throw new Error('no policy');
    policy.repositories.githubLogins = {
      ...policy.repositories.githubLogins,
      [DANA_LOGIN]: PEOPLE.dana.accountId,
    };
    const saved = await call<PolicyView>(PEOPLE.alex, 'savePolicy', {
      policy,
      expectedRevision: view.value?.revision ?? 0,
    });
    expect(saved.error).toBeUndefined();

    // Then the draft is Dana's, and she was told
    expect((await readIssue(app, key)).fields.reporter?.accountId).toBe(PEOPLE.dana.accountId);
    expect(mailsTo(PEOPLE.dana.accountId)).toHaveLength(1);
  });
});
