/**
 * The GitHub stand-in keeps what the app wrote in the host's data (local/sinks/github-store.ts): a host
 * started again on the same data still has the commit statuses, check runs and calls, as GitHub would.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GitHubStandIn } from '../../../local/sinks/github-stand-in';
import { openGitHubRecordStore } from '../../../local/sinks/github-store';

const SHA = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821';
const now = () => new Date('2026-11-30T09:00:00.000Z');

function request(method: string, path: string, body: unknown = null) {
  return {
    url: new URL(`https://api.github.com${path}`),
    method,
    headers: { authorization: 'Bearer ghp_test' },
    body: body === null ? '' : JSON.stringify(body),
  };
}

describe('the GitHub stand-in across a restart', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'acab-github-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('still has the statuses, check runs and calls an earlier run recorded', () => {
    const firstStore = openGitHubRecordStore(join(dir, 'github.sqlite'));
    const first = new GitHubStandIn(now, firstStore);
    const posted = first.handle(
      request('POST', `/repos/acme/checkout-web/statuses/${SHA}`, { state: 'pending', context: 'async-cab' }),
    );
    expect(posted.status).toBe(201);
    first.addCheckRun('acme/checkout-web', SHA, { name: 'ci', status: 'completed', conclusion: 'success' });
    firstStore.close();

    const secondStore = openGitHubRecordStore(join(dir, 'github.sqlite'));
    const second = new GitHubStandIn(now, secondStore);
    const combined = second.handle(request('GET', `/repos/acme/checkout-web/commits/${SHA}/status`));
    const runs = second.handle(request('GET', `/repos/acme/checkout-web/commits/${SHA}/check-runs`));
    secondStore.close();

    expect(JSON.parse(combined.body)).toMatchObject({ state: 'pending', total_count: 1 });
    expect(JSON.parse(runs.body)).toMatchObject({ total_count: 1, check_runs: [{ name: 'ci' }] });
    expect(second.recordedCalls().map((call) => `${call.method} ${call.path}`)).toEqual([
      `POST /repos/acme/checkout-web/statuses/${SHA}`,
      `GET /repos/acme/checkout-web/commits/${SHA}/status`,
      `GET /repos/acme/checkout-web/commits/${SHA}/check-runs`,
    ]);
  });
});
