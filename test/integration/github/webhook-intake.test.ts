import { startAppHost, type AppHost } from '../app/app-harness';
import { approvedReview, changeRequestKeys, deliver, mapDanaLogin, sign, webhookUrl } from './github-harness';

describe('GitHub webhook intake over HTTP', () => {
  let app: AppHost;
  beforeAll(async () => {
    app = await startAppHost();
    mapDanaLogin(app);
  });
  afterAll(async () => {
    await app.stop();
  });

  it('answers 401 to a bad or missing signature and creates nothing', async () => {
    // Given an approved review signed with the wrong secret, and one not signed at all
    const wrong = await deliver(app, 'pull_request_review', approvedReview(101), {
      secret: 'not-the-secret',
    });
    const unsigned = await deliver(app, 'pull_request_review', approvedReview(101), { signature: null });
    await app.host.settle();
    // Then both are refused before anything is parsed or queued
    expect([wrong.status, unsigned.status]).toEqual([401, 401]);
    expect(await changeRequestKeys(app)).toEqual([]);
  });

  it('answers 400 to malformed JSON and to a form-encoded body, even when correctly signed', async () => {
    const malformed = await deliver(app, 'pull_request_review', null, { body: '{"action":' });
    const form = await deliver(app, 'pull_request_review', null, {
      body: 'payload=%7B%7D',
      contentType: 'application/x-www-form-urlencoded',
    });
    expect([malformed.status, form.status]).toEqual([400, 400]);
  });

  it('answers 200 to ping and to events it does not act on, and 202 once it queued one', async () => {
    const ping = await deliver(app, 'ping', { zen: 'Keep it logically awesome.', hook_id: 1 });
    const commented = approvedReview(102);
    commented.review.state = 'commented';
    const comment = await deliver(app, 'pull_request_review', commented);
    const push = await deliver(app, 'push', { ref: 'refs/heads/main' });
    const approved = await deliver(app, 'pull_request_review', approvedReview(102));
    expect([ping.status, comment.status, push.status, approved.status]).toEqual([200, 200, 200, 202]);
  });

  it('finds the headers whatever their case', async () => {
    const body = JSON.stringify(approvedReview(103));
    const response = await fetch(webhookUrl(app), {
      method: 'POST',
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'x-github-event': 'pull_request_review',
        'x-github-delivery': 'lower-case-headers-1',
        'x-hub-signature-256': sign(app.host.githubWebhookSecret, body),
      },
      body,
    });
    expect(response.status).toBe(202);
  });

  it('answers 413 above the 5 MB payload limit', async () => {
    const payload = { ...approvedReview(104), padding: 'x'.repeat(5 * 1024 * 1024) };
    const response = await deliver(app, 'pull_request_review', payload);
    expect(response.status).toBe(413);
  });

  it('verifies with the previous secret after a rotation, until the next one', async () => {
    // Given the admin rotated the secret (as the admin page does) while GitHub still signs with the old one
    const old = app.host.githubWebhookSecret;
    app.host.kvs.set({ area: 'secret' }, 'github:webhook-secrets', {
      current: 'the-new-secret',
      previous: old,
      rotatedAt: '2026-11-24T08:00:00.000Z',
    });
    const withOld = await deliver(app, 'pull_request_review', approvedReview(105), { secret: old });
    const withNew = await deliver(app, 'pull_request_review', approvedReview(106), {
      secret: 'the-new-secret',
    });
    app.host.kvs.set({ area: 'secret' }, 'github:webhook-secrets', {
      current: 'a-third-secret',
      previous: 'the-new-secret',
      rotatedAt: '2026-11-24T09:00:00.000Z',
    });
    const tooOld = await deliver(app, 'pull_request_review', approvedReview(107), { secret: old });
    expect([withOld.status, withNew.status, tooOld.status]).toEqual([202, 202, 401]);
  });
});
