/**
 * A delivery the webtrigger answered 202 becomes its CR even when the local host stops before the queue ran
 * it: the queue lives in the host's data, so the next start delivers it, without waiting for the hourly
 * redrive or GitHub's redelivery.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalHost, type LocalHost } from '../../../local/host/create-local-host';
import { PEOPLE } from '../app/app-harness';
import { approvedReview, deliver, mapDanaLogin, setGitHubToken } from './github-harness';

const START = new Date('2026-11-30T09:00:00.000Z');

async function draftsOf(host: LocalHost): Promise<string[]> {
  const jql = encodeURIComponent('project = CHG ORDER BY created ASC');
  const response = await fetch(`${host.url}/rest/api/3/search/jql?jql=${jql}&fields=summary`, {
    headers: { authorization: `Basic ${Buffer.from(`${PEOPLE.morgan.email}:any-token`).toString('base64')}` },
  });
  const body = (await response.json()) as { issues: { key: string; fields: { summary: string } }[] };
  return body.issues.map((issue) => issue.fields.summary);
}

describe('a delivery acknowledged before the host stopped', () => {
  let dataDir: string;
  let host: LocalHost | undefined;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'acab-restart-'));
  });
  afterEach(async () => {
    await host?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('is drafted once the host starts again, once', async () => {
    // Given a delivery answered 202 whose job has not run when the host closes
    const before = await startLocalHost({ port: 0, dataDir, startAt: START });
    mapDanaLogin({ host: before });
    setGitHubToken({ host: before });
    const answer = await deliver({ host: before }, 'pull_request_review', approvedReview(41));
    expect(answer.status).toBe(202);
    await before.close();

    // When the host starts again on the same data and runs what is due
    host = await startLocalHost({ port: 0, dataDir, startAt: START });
    await host.settle();

    // Then the draft exists, once; GitHub's redelivery of the same delivery adds nothing
    expect(await draftsOf(host)).toEqual([expect.stringContaining('(#41)')]);
    const again = await deliver({ host }, 'pull_request_review', approvedReview(41), {
      deliveryId: answer.deliveryId,
    });
    expect(again.status).toBe(200);
    await host.settle();
    expect(await draftsOf(host)).toHaveLength(1);
  });
});
