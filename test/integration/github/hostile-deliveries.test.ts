/**
 * Odd and hostile deliveries get a specific answer, never a 500: delivery ids that do not fit a KVS key, and
 * pull requests whose facts would not fit the queue (docs/platform-assumptions.md, KVS keys and async events).
 */
import { startAppHost, type AppHost } from '../app/app-harness';
import { approvedReview, changeRequestKeys, deliver, mapDanaLogin, readIssue } from './github-harness';

describe('GitHub webhook intake: odd delivery ids and oversized pull requests', () => {
  let app: AppHost;
  beforeAll(async () => {
    app = await startAppHost();
    mapDanaLogin(app);
  });
  afterAll(async () => {
    await app.stop();
  });

  it('accepts a long delivery id once and recognises its redelivery, though the id exceeds a KVS key', async () => {
    // Given a delivery id of 600 characters (KVS keys hold at most 500)
    const deliveryId = `${'d'.repeat(560)}-0000-4000-8000-000000000001`;
    // When it is delivered twice
    const first = await deliver(app, 'pull_request_review', approvedReview(301), { deliveryId });
    const again = await deliver(app, 'pull_request_review', approvedReview(301), { deliveryId });
    await app.host.settle();
    // Then the first is queued, the second is known as a redelivery, and one CR is drafted
    expect([first.status, again.status]).toEqual([202, 200]);
    expect(again.text).toContain('Already received');
    expect(await changeRequestKeys(app)).toHaveLength(1);
  });

  it('refuses an absurd delivery id with 400 naming the header, and queues nothing', async () => {
    const before = await changeRequestKeys(app);
    const answer = await deliver(app, 'pull_request_review', approvedReview(302), {
      deliveryId: 'x'.repeat(1001),
    });
    await app.host.settle();
    expect(answer.status).toBe(400);
    expect(answer.text).toMatch(/X-GitHub-Delivery/);
    expect(await changeRequestKeys(app)).toEqual(before);
  });

  it('drafts the CR from a PR whose description alone exceeds the queue limit, without its control characters', async () => {
    // Given an approved review of a PR whose description is 40 000 emoji and bell characters (≈ 400 KB as JSON)
    const review = approvedReview(303);
    review.pull_request.body = '🚀\u0007'.repeat(40_000);
    review.pull_request.title = 'Tidy\u0000 the\u001b[31m checkout\r\nbanner';
    const before = await changeRequestKeys(app);
    // When GitHub delivers it
    const delivered = await deliver(app, 'pull_request_review', review);
    await app.host.settle();
    // Then it is accepted and drafted, with a bounded description free of control characters
    expect(delivered.status).toBe(202);
    const keys = await changeRequestKeys(app);
    expect(keys).toHaveLength(before.length + 1);
    const issue = await readIssue(app, keys[keys.length - 1] ?? '');
    expect(issue.fields.summary).toBe('Tidy the[31m checkout banner');
    // (Booleans, so that a failure does not print 40 000 emoji.)
    const description = JSON.stringify(issue.fields.description);
    expect({
      emoji: description.includes('🚀🚀'),
      controls: /\\u00[01][0-9a-f]/.test(description),
      notice: description.includes('[Shortened by Async CAB: the full description is on the pull request.]'),
      origin: description.includes('Drafted by Async CAB from https://github.com/acme/checkout-web/pull/303'),
      bounded: description.length < 120_000,
    }).toEqual({ emoji: true, controls: false, notice: true, origin: true, bounded: true });
  });
});
