import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalHost, type LocalHost, type LocalHostOptions } from '../../../local/host/create-local-host';

export const FIXTURE_APP = join(__dirname, '..', '..', 'fixtures', 'host-app');

export const DANA = {
  accountId: '712020:5e0c1d2a-0000-4000-8000-000000000001',
  email: 'dana.lee@asynccab.example',
};
export const SAM = {
  accountId: '712020:5e0c1d2a-0000-4000-8000-000000000003',
  email: 'sam.rivera@asynccab.example',
};

export interface StartedHost {
  host: LocalHost;
  dataDir: string;
  /** fetch against the host, with HTTP Basic for `as` (a demo user's email) when given. */
  call(
    path: string,
    init?: Omit<RequestInit, 'headers'> & { as?: string; headers?: Record<string, string> },
  ): Promise<Response>;
  stop(options?: { keepData?: boolean }): Promise<void>;
}

/** Starts the real local host on a free port with a fresh data folder (or the one given). */
export async function startHost(options: LocalHostOptions & { dataDir?: string } = {}): Promise<StartedHost> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'acab-host-'));
  const host = await startLocalHost({
    appRoot: FIXTURE_APP,
    port: 0,
    limitsScale: 0.01,
    ...options,
    dataDir,
  });
  return {
    host,
    dataDir,
    call(path, init = {}) {
      const { as, headers, ...rest } = init;
      const auth =
        as === undefined
          ? {}
          : { authorization: `Basic ${Buffer.from(`${as}:any-token`).toString('base64')}` };
      return fetch(`${host.url}${path}`, {
        ...rest,
        headers: { 'content-type': 'application/json', ...auth, ...headers },
      });
    },
    async stop(stopOptions = {}) {
      await host.close();
      if (stopOptions.keepData !== true) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function createChangeRequest(started: StartedHost, summary: string): Promise<string> {
  const created = await started.call('/rest/servicedeskapi/request', {
    method: 'POST',
    as: DANA.email,
    body: JSON.stringify({ serviceDeskId: '1', requestTypeId: '10', requestFieldValues: { summary } }),
  });
  if (created.status !== 201)
    throw new Error(`create request failed: ${String(created.status)} ${await created.text()}`);
  const body: unknown = await created.json();
  if (
    typeof body !== 'object' ||
    body === null ||
    !('issueKey' in body) ||
    typeof body.issueKey !== 'string'
  ) {
    throw new Error('create request answered without issueKey');
  }
  return body.issueKey;
}
