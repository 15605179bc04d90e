/**
 * The pull requests of the fault bench (bench/fault.bench.ts): GitHub's own `pull_request_review` example
 * (@octokit/webhooks-examples), approved, re-pointed at the demo repository, one head SHA per pull request,
 * signed and POSTed as GitHub does.
 */
import { createHash, createHmac } from 'node:crypto';
import examples from '@octokit/webhooks-examples';

export const BENCH_SECRET = 'bench-fault-secret';
export const BENCH_LOGIN = 'dana-lee';
export const DANA = '712020:5e0c1d2a-0000-4000-8000-000000000001';
export const REPOSITORY = 'acme/checkout-web';

/** Pull request numbers start here, so their titles cannot be confused with the demo site's issues. */
const FIRST_NUMBER = 5000;

export const numberOf = (index: number) => FIRST_NUMBER + index;
export const headShaOf = (number: number) =>
  createHash('sha1')
    .update(`bench-pr-${String(number)}`)
    .digest('hex');
export const titleOf = (number: number) =>
  `Retry card payments on gateway timeouts (bench #${String(number)})`;

const reviewExample: unknown = (() => {
  const definition = examples.find((candidate) => candidate.name === 'pull_request_review');
  const found = definition?.examples.find(
    (candidate) => 'action' in candidate && candidate.action === 'submitted',
  );
  if (found === undefined) throw new Error('no pull_request_review.submitted example');
  return found;
})();

interface ReviewShape {
  review: { state: string };
  pull_request: {
    number: number;
    title: string;
    html_url: string;
    head: { sha: string };
    user: { login: string } | null;
  };
  repository: { full_name: string; name: string; owner: { login: string } };
}

/** The approved review of pull request `number`, as the JSON body GitHub would send. */
export function approvedReviewBody(number: number): string {
  const payload = structuredClone(reviewExample) as ReviewShape;
  const [owner = '', name = ''] = REPOSITORY.split('/');
  payload.repository.full_name = REPOSITORY;
  payload.repository.name = name;
  payload.repository.owner.login = owner;
  payload.review.state = 'approved';
  payload.pull_request.number = number;
  payload.pull_request.title = titleOf(number);
  payload.pull_request.html_url = `https://github.com/${REPOSITORY}/pull/${String(number)}`;
  payload.pull_request.head.sha = headShaOf(number);
  if (payload.pull_request.user !== null) payload.pull_request.user.login = BENCH_LOGIN;
  return JSON.stringify(payload);
}

/** POSTs one delivery; answers the status, or 0 when the host did not answer (it was killed). */
export async function deliver(webhookUrl: string, body: string, deliveryId: string): Promise<number> {
  try {
    const response = await fetch(webhookUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-github-event': 'pull_request_review',
        'x-github-delivery': deliveryId,
        'x-hub-signature-256': `sha256=${createHmac('sha256', BENCH_SECRET).update(body, 'utf8').digest('hex')}`,
      },
      body,
    });
    await response.arrayBuffer();
    return response.status;
  } catch {
    return 0;
  }
}
