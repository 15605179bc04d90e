/**
 * The intake's answers to odd X-GitHub-Delivery and X-GitHub-Event headers, on in-memory ports (the HTTP
 * path is in test/integration/github/hostile-deliveries.test.ts; Node's HTTP stack cannot send control
 * characters in a header, a Forge webtrigger hands over whatever arrived).
 */
import type { GitHubJob } from '../../../../src/app/github/github-job';
import type { DeliveryLogEntry, WebhookIntakePorts } from '../../../../src/app/github/github-ports';
import { receiveWebhook } from '../../../../src/app/github/receive-webhook';

function intake() {
  const claimed: string[] = [];
  const queued: GitHubJob[] = [];
  const logged: DeliveryLogEntry[] = [];
  const ports: WebhookIntakePorts = {
    verifySignature: () => Promise.resolve(true),
    claimDelivery: (id) => {
      claimed.push(id);
      return Promise.resolve(true);
    },
    releaseDelivery: () => Promise.resolve(),
    enqueue: (job) => {
      queued.push(job);
      return Promise.resolve();
    },
    pending: { get: () => Promise.resolve(undefined), put: () => Promise.resolve() },
    log: {
      write: (entry) => {
        logged.push(entry);
        return Promise.resolve();
      },
      recent: () => Promise.resolve([]),
    },
    now: () => new Date('2026-11-24T08:00:00.000Z'),
  };
  return { ports, claimed, queued, logged };
}

const review = {
  action: 'submitted',
  review: { state: 'approved', user: { login: 'sam-rivera' } },
  pull_request: {
    number: 7,
    title: 'Retry card payments',
    body: 'Retries on gateway timeouts.',
    html_url: 'https://github.com/acme/checkout-web/pull/7',
    head: { sha: 'ec26c3e57ca3a959ca5aad62de7213c562f8c821' },
    user: { login: 'dana-lee' },
  },
  repository: { full_name: 'acme/checkout-web' },
};

function request(headers: Record<string, string>, body: unknown = review) {
  const all: Record<string, string> = {
    'Content-Type': 'application/json',
    'X-Hub-Signature-256': 'sha256=checked-by-the-port',
    'X-GitHub-Event': 'pull_request_review',
    'X-GitHub-Delivery': '72d3162e-cc78-11e3-81ab-4c9367dc0958',
    ...headers,
  };
  return {
    headers: Object.fromEntries(Object.entries(all).map(([name, value]) => [name, [value]])),
    body: JSON.stringify(body),
  };
}

describe('receiveWebhook: header values', () => {
  it('given a GUID delivery id, when delivered, then it is claimed as sent and queued (202)', async () => {
    const { ports, claimed, queued } = intake();
    const answer = await receiveWebhook(ports, request({}));
    expect(answer.status).toBe(202);
    expect(claimed).toEqual(['72d3162e-cc78-11e3-81ab-4c9367dc0958']);
    expect(queued).toHaveLength(1);
  });

  it.each([
    ['a control character', 'abc\u0000def'],
    ['a line break', 'abc\r\nX-Injected: 1'],
    ['more than 1000 characters', 'a'.repeat(1001)],
    ['only spaces', '   '],
  ])(
    'given a delivery id with %s, when delivered, then 400 names X-GitHub-Delivery and nothing is claimed',
    async (_what, deliveryId) => {
      const { ports, claimed, queued, logged } = intake();
      const answer = await receiveWebhook(ports, request({ 'X-GitHub-Delivery': deliveryId }));
      expect(answer.status).toBe(400);
      expect(answer.message).toMatch(/^X-GitHub-Delivery /);
      expect([claimed, queued]).toEqual([[], []]);
      expect(logged.map((entry) => entry.deliveryId)).not.toContain(deliveryId);
    },
  );

  it('given an absurd event name, when delivered, then 400 names X-GitHub-Event and nothing is queued', async () => {
    const { ports, queued, logged } = intake();
    const answer = await receiveWebhook(ports, request({ 'X-GitHub-Event': `push\u0007${'x'.repeat(300)}` }));
    expect(answer.status).toBe(400);
    expect(answer.message).toMatch(/^X-GitHub-Event /);
    expect([queued, logged]).toEqual([[], []]);
  });
});

describe('receiveWebhook: the queued facts of a pull request', () => {
  /** Text that JSON makes as large as it can: escapes of 6 bytes, 4-byte emoji, lone surrogates. */
  const worstCase = (length: number) =>
    '\u0001"\\🚀\ud800x\u202e'.repeat(Math.ceil(length / 8)).slice(0, length);

  it('given a PR whose every text is huge and hostile, when queued, then the job fits one event of a long-running consumer (100 KB)', async () => {
    const { ports, queued } = intake();
    const hostile = {
      ...review,
      review: { state: 'approved', user: { login: worstCase(50_000) } },
      pull_request: {
        ...review.pull_request,
        title: worstCase(200_000),
        body: worstCase(600_000),
        html_url: `https://github.com/acme/checkout-web/pull/7?${worstCase(100_000)}`,
        user: { login: worstCase(50_000), email: worstCase(50_000) },
      },
    };
    const answer = await receiveWebhook(ports, request({}, hostile));
    expect(answer.status).toBe(202);
    const [job] = queued;
    expect(Buffer.byteLength(JSON.stringify({ job }), 'utf8')).toBeLessThan(100 * 1024);
    // JSON escapes control characters and lone surrogates (\u0001, \ud800): none is left to escape.
    expect(JSON.stringify(job)).not.toMatch(/\\u00[01][0-9a-f]|\\ud[89a-f][0-9a-f]{2}/);
    expect(JSON.stringify(job)).not.toContain('\u202e');
  });

  it('given an ordinary PR, when queued, then its facts are kept as sent', async () => {
    const { ports, queued } = intake();
    await receiveWebhook(ports, request({}));
    expect(queued[0]).toMatchObject({
      kind: 'review-approved',
      reviewerLogin: 'sam-rivera',
      pullRequest: {
        repository: 'acme/checkout-web',
        number: 7,
        title: 'Retry card payments',
        body: 'Retries on gateway timeouts.',
        authorLogin: 'dana-lee',
        authorEmail: null,
      },
    });
  });
});
