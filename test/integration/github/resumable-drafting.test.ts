/**
 * Drafting is several writes (the request, its fields, the draft marker, the email, the commit status).
 * When one after the first fails, the queue's retry finishes the steps that are left: the draft gets its
 * marker and its email exactly once, and no second request is made.
 */
import { pullRequestIndex } from '../../../src/adapters/github/pull-request-index';
import { APP_UUID, startAppHost, type AppHost } from '../app/app-harness';
import { inHostInvocation } from '../app/in-host-invocation';
import {
  approvedReview,
  changeRequestKeys,
  deliver,
  HEAD_SHA,
  letQueueRetriesRun,
  mapDanaLogin,
  readIssue,
  setFaults,
  setGitHubToken,
  statusesOn,
} from './github-harness';

describe('a draft that stops part-way is finished by the retry', () => {
  let app: AppHost;
  beforeEach(async () => {
    app = await startAppHost();
    mapDanaLogin(app);
    setGitHubToken(app);
  });
  afterEach(async () => {
    await app.stop();
  });

  it('sends the email the first attempt could not, once, and makes one request', async () => {
    // Given Jira answers the app's notify email with a 503 once (a POST the adapter does not repeat)
    await setFaults(app, { serverError: { count: 1, status: 503, pathPattern: '/notify$' } });

    // When an approved review is delivered, and the queue retries the failed job
    expect((await deliver(app, 'pull_request_review', approvedReview(21))).status).toBe(202);
    await app.host.settle();
    await letQueueRetriesRun(app);

    // Then there is one CR, with its draft marker, its email (once) and the pending commit status
    const keys = await changeRequestKeys(app);
    expect(keys).toHaveLength(1);
    const issue = await readIssue(app, keys[0] ?? '');
    expect(issue.properties[APP_UUID]).toEqual({
      draft: expect.objectContaining({ source: 'github' }) as unknown,
    });
    const mail = app.host.jira.outbox().filter((message) => message.issueKey === issue.key);
    expect(mail.map((message) => message.subject)).toEqual([
      `${issue.key}: complete the change request drafted from acme/checkout-web#21`,
    ]);
    expect(statusesOn(app, HEAD_SHA).map((status) => status.state)).toEqual(['pending']);
  });

  it('writes the linked pull request and the marker when Jira refused them at first', async () => {
    // Given the app field value API and the issue property fail with 503 longer than the adapter retries
    await setFaults(app, {
      serverError: { count: 3, status: 503, pathPattern: '^/rest/api/3/app/field/value' },
    });

    // When an approved review is delivered, and the queue retries
    await deliver(app, 'pull_request_review', approvedReview(22));
    await app.host.settle();
    await letQueueRetriesRun(app);

    // Then the one CR has its Linked pull request field and its marker, and its requester was emailed once
    const keys = await changeRequestKeys(app);
    expect(keys).toHaveLength(1);
    const issue = await readIssue(app, keys[0] ?? '');
    expect(Object.values(issue.fields)).toContainEqual(
      expect.objectContaining({ repository: 'acme/checkout-web', number: 22, headSha: HEAD_SHA }),
    );
    expect(issue.properties[APP_UUID]).toEqual({
      draft: expect.objectContaining({ source: 'github' }) as unknown,
    });
    expect(app.host.jira.outbox().filter((message) => message.issueKey === issue.key)).toHaveLength(1);
  });

  it('drafts a pull request whose drafting claim an invocation left when it died, once the claim has ended', async () => {
    // Given an invocation that claimed drafting acme/checkout-web#23 and died (its key lingers in the KVS)
    await inHostInvocation(app.host, () => pullRequestIndex.claimDrafting('acme/checkout-web', 23));

    // When the approved review comes three minutes later (the claim lasts two)
    await app.host.clock.advance(3);
    expect((await deliver(app, 'pull_request_review', approvedReview(23))).status).toBe(202);
    await app.host.settle();

    // Then it is drafted, not left waiting for the KVS to drop the dead claim
    expect(await changeRequestKeys(app)).toHaveLength(1);
  });
});
