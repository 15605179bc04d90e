import { APP_UUID, PEOPLE, startAppHost, type AppHost } from '../app/app-harness';
import {
  approvedReview,
  changeRequestKeys,
  checkRunCompleted,
  deliver,
  HEAD_SHA,
  mapDanaLogin,
  mergedPullRequest,
  readIssue,
  setGitHubToken,
  statusesOn,
} from './github-harness';

const MERGE_SHA = 'c4295bd74fb0f4fda03689c3df3f2803b658fd85';

describe('from pull request to change request', () => {
  let app: AppHost;
  beforeEach(async () => {
    app = await startAppHost();
    mapDanaLogin(app);
    setGitHubToken(app);
  });
  afterEach(async () => {
    await app.stop();
  });

  it('drafts a CR from an approved review, raised for the PR author, and tells GitHub it is pending', async () => {
    // When GitHub delivers an approved review of acme/checkout-web#7
    const delivered = await deliver(app, 'pull_request_review', approvedReview(7));
    await app.host.settle();
    // Then one CR exists in Draft, raised on Dana's behalf, with the PR's title, system and link
    expect(delivered.status).toBe(202);
    const keys = await changeRequestKeys(app);
    expect(keys).toHaveLength(1);
    const issue = await readIssue(app, keys[0] ?? '');
    expect(issue.fields.status.name).toBe('Draft');
    expect(issue.fields.reporter?.accountId).toBe(PEOPLE.dana.accountId);
    expect(issue.fields.summary).toBe('Retry card payments on gateway timeouts (#7)');
    expect(Object.values(issue.fields)).toContainEqual(['checkout-web']);
    expect(Object.values(issue.fields)).toContainEqual(
      expect.objectContaining({ repository: 'acme/checkout-web', number: 7, headSha: HEAD_SHA }),
    );
    // The app's issue property only marks the draft: the answers are the CR's own fields
    expect(issue.properties[APP_UUID]).toEqual({
      draft: expect.objectContaining({ source: 'github', requesterVia: 'policy-mapping' }) as unknown,
    });
    // And Dana is asked to complete it, and the PR head shows the pending status linking to the CR
    const mail = app.host.jira.outbox().filter((message) => message.issueKey === issue.key);
    expect(mail.map((message) => message.subject)).toEqual([
      `${issue.key}: complete the change request drafted from acme/checkout-web#7`,
    ]);
    expect(statusesOn(app, HEAD_SHA)).toEqual([
      expect.objectContaining({
        state: 'pending',
        context: 'async-cab/change-approval',
        target_url: expect.stringContaining(`/browse/${issue.key}`) as unknown,
      }),
    ]);
  });

  it('adds the approving reviewer as a request participant when the policy maps their login', async () => {
    // Given the reviewer's GitHub login is mapped to Sam Rivera
    const review = approvedReview(8);
    const reviewerLogin = review.review.user?.login ?? '';
    const stored = app.host.kvs.get({ area: 'entity', entityName: 'policy-document' }, 'current');
    const row = stored?.value as { document: { repositories: { githubLogins: Record<string, string> } } };
    row.document.repositories.githubLogins[reviewerLogin] = PEOPLE.sam.accountId;
    app.host.kvs.set({ area: 'entity', entityName: 'policy-document' }, 'current', row);
    // When the approved review arrives
    await deliver(app, 'pull_request_review', review);
    await app.host.settle();
    // Then the draft lists Sam as a participant
    const [key] = await changeRequestKeys(app);
    const participants = (await (
      await app.rest(`/rest/servicedeskapi/request/${key ?? ''}/participant`, PEOPLE.morgan)
    ).json()) as {
      values: { accountId: string }[];
    };
    expect(participants.values.map((person) => person.accountId)).toEqual([PEOPLE.sam.accountId]);
  });

  it('does not draft twice when GitHub redelivers the same delivery', async () => {
    const payload = approvedReview(8);
    const first = await deliver(app, 'pull_request_review', payload, { deliveryId: 'redelivered-1' });
    await app.host.settle();
    const again = await deliver(app, 'pull_request_review', payload, { deliveryId: 'redelivered-1' });
    await app.host.settle();
    expect([first.status, again.status]).toEqual([202, 200]);
    expect(await changeRequestKeys(app)).toHaveLength(1);
  });

  it('makes one CR when several deliveries for the same PR arrive at once', async () => {
    // Given two reviewers approve at the same moment, and one delivery is also redelivered concurrently
    const answers = await Promise.all([
      deliver(app, 'pull_request_review', approvedReview(9), { deliveryId: 'concurrent-a' }),
      deliver(app, 'pull_request_review', approvedReview(9), { deliveryId: 'concurrent-b' }),
      deliver(app, 'pull_request_review', approvedReview(9), { deliveryId: 'concurrent-a' }),
    ]);
    // When the queue delivers everything (retries included, as the clock moves on)
    await app.host.settle();
    await app.host.clock.advance(1);
    await app.host.settle();
    // Then exactly one CR exists
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 202, 202]);
    expect(await changeRequestKeys(app)).toHaveLength(1);
  });

  it('creates a CR for a PR merged without one when the policy says so, with the merge SHA', async () => {
    const delivered = await deliver(app, 'pull_request', mergedPullRequest(10, MERGE_SHA));
    await app.host.settle();
    expect(delivered.status).toBe(202);
    const keys = await changeRequestKeys(app);
    expect(keys).toHaveLength(1);
    const issue = await readIssue(app, keys[0] ?? '');
    expect(Object.values(issue.fields)).toContainEqual(
      expect.objectContaining({ number: 10, mergeSha: MERGE_SHA }),
    );
  });

  it('ignores a merged PR without a CR when the policy does not create on merge', async () => {
    mapDanaLogin(app, false);
    await deliver(app, 'pull_request', mergedPullRequest(11, MERGE_SHA));
    await app.host.settle();
    expect(await changeRequestKeys(app)).toEqual([]);
  });

  it('ignores a repository that belongs to no system', async () => {
    const payload = approvedReview(12);
    payload.repository.full_name = 'someone-else/unrelated';
    await deliver(app, 'pull_request_review', payload);
    await app.host.settle();
    expect(await changeRequestKeys(app)).toEqual([]);
  });

  it('uses passing checks that completed before the approval as test evidence', async () => {
    await deliver(app, 'check_run', checkRunCompleted(13, 'success'));
    await app.host.settle();
    await deliver(app, 'pull_request_review', approvedReview(13));
    await app.host.settle();
    const [key] = await changeRequestKeys(app);
    const issue = await readIssue(app, key ?? '');
    expect(Object.values(issue.fields)).toContainEqual({
      tested: true,
      evidenceUrl: 'https://github.com/acme/checkout-web/runs/4412',
    });
  });

  it('never lets a GitHub failure block the CR: the status is retried from the queue', async () => {
    // Given GitHub refuses the app's token
    app.host.kvs.set({ area: 'secret' }, 'github:token', ' not-a-valid-token');
    await deliver(app, 'pull_request_review', approvedReview(14));
    await app.host.settle();
    // Then the CR is drafted anyway, and GitHub saw a refused attempt
    expect(await changeRequestKeys(app)).toHaveLength(1);
    const refused = app.host.github.recordedCalls().filter((call) => call.path.includes('/statuses/'));
    expect(refused.map((call) => call.status)).toEqual([401]);
    // When the token is fixed and the queue delivers the status job again
    setGitHubToken(app);
    await app.host.clock.advance(2);
    await app.host.settle();
    // Then the pending status reaches the PR
    expect(statusesOn(app, HEAD_SHA).map((status) => status.state)).toEqual(['pending', 'pending']);
    const accepted = app.host.github.recordedCalls().filter((call) => call.path.includes('/statuses/'));
    expect(accepted.map((call) => call.status)).toEqual([401, 201]);
  });
});
