/**
 * Drives the real Async CAB app inside the local host over HTTP: the bridge endpoint with the switched
 * user's cookie, exactly as the Custom UIs call it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalHost, type LocalHost } from '../../../local/host/create-local-host';
import { cabFieldValues, fetchCabFieldIds, type CabFieldIds } from '../../../local/tools/cab-request-fields';
import { invokeThroughBridge } from '../../../local/tools/bridge-call';

export const APP_UUID = '6f1d2c3b-7a4e-4f0b-9c2d-3e5f6a7b8c9d';

export const PEOPLE = {
  dana: { accountId: '712020:5e0c1d2a-0000-4000-8000-000000000001', email: 'dana.lee@asynccab.example' },
  dev: { accountId: '712020:5e0c1d2a-0000-4000-8000-000000000002', email: 'dev.patel@asynccab.example' },
  sam: { accountId: '712020:5e0c1d2a-0000-4000-8000-000000000003', email: 'sam.rivera@asynccab.example' },
  elena: {
    accountId: '712020:5e0c1d2a-0000-4000-8000-000000000004',
    email: 'elena.petrova@asynccab.example',
  },
  olivia: { accountId: '712020:5e0c1d2a-0000-4000-8000-000000000005', email: 'olivia.chen@asynccab.example' },
  priya: { accountId: '712020:5e0c1d2a-0000-4000-8000-000000000006', email: 'priya.nair@asynccab.example' },
  pat: { accountId: '712020:5e0c1d2a-0000-4000-8000-000000000007', email: 'pat.kim@asynccab.example' },
  morgan: {
    accountId: '712020:5e0c1d2a-0000-4000-8000-000000000008',
    email: 'morgan.blake@asynccab.example',
  },
  alex: { accountId: '712020:5e0c1d2a-0000-4000-8000-000000000009', email: 'alex.admin@asynccab.example' },
  noah: { accountId: '712020:5e0c1d2a-0000-4000-8000-000000000010', email: 'noah.brooks@asynccab.example' },
  riley: { accountId: '712020:5e0c1d2a-0000-4000-8000-000000000011', email: 'riley.quinn@vendor.example' },
} as const;

export type Person = { accountId: string; email: string };

export const basic = (as: { email: string }) =>
  `Basic ${Buffer.from(`${as.email}:token`).toString('base64')}`;

export function validAnswers(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    affectedSystems: ['checkout-web'],
    changeType: 'normal',
    risk: 'medium',
    plannedWindow: {
      start: '2026-12-01T10:00:00+00:00',
      end: '2026-12-01T11:00:00+00:00',
      timeZone: 'Europe/London',
    },
    testing: { tested: true, evidenceUrl: 'https://ci.acme.example/runs/4412' },
    consequenceOfNotReleasing: 'Checkout keeps failing for 2% of card payments until the next window.',
    rollbackPlan: 'Redeploy the previous image tag with the deploy pipeline; takes five minutes.',
    ...overrides,
  };
}

export interface AppHost {
  host: LocalHost;
  rest(path: string, as: Person, init?: { method?: string; body?: unknown }): Promise<Response>;
  invoke(as: Person, issueKey: string, functionKey: string, payload: unknown): Promise<unknown>;
  /** Raises a Change request as `as` over JSM REST, the CAB answers as its request-type fields. */
  raise(
    as: Person,
    summary: string,
    answers: Record<string, unknown>,
    requestTypeId?: string,
  ): Promise<string>;
  /** The site's ids of the app's CAB fields. */
  fieldIds(): Promise<CabFieldIds>;
  stop(): Promise<void>;
}

export async function startAppHost(options: { demoPolicy?: boolean } = {}): Promise<AppHost> {
  const dataDir = mkdtempSync(join(tmpdir(), 'acab-app-'));
  const host = await startLocalHost({ port: 0, dataDir, ...options });
  const rest: AppHost['rest'] = (path, as, init = {}) =>
    fetch(`${host.url}${path}`, {
      method: init.method ?? 'GET',
      headers: {
        authorization: basic(as),
        'content-type': 'application/json',
      },
      ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
    });
  let ids: CabFieldIds | undefined;
  const fieldIds = async () => {
    ids ??= await fetchCabFieldIds(host.url, basic(PEOPLE.alex));
    return ids;
  };
  return {
    host,
    rest,
    invoke: (as, issueKey, functionKey, payload) =>
      invokeThroughBridge(
        { baseUrl: host.url, accountId: as.accountId, pagePath: `/browse/${issueKey}` },
        functionKey,
        payload,
      ),
    fieldIds,
    async raise(as, summary, answers, requestTypeId = '10') {
      const ids = await fieldIds();
      const created = await rest('/rest/servicedeskapi/request', as, {
        method: 'POST',
        body: {
          serviceDeskId: '1',
          requestTypeId,
          requestFieldValues: { summary, ...cabFieldValues(answers, ids) },
        },
      });
      if (created.status !== 201)
        throw new Error(`create failed ${String(created.status)}: ${await created.text()}`);
      const { issueKey } = (await created.json()) as { issueKey: string };
      await host.settle();
      return issueKey;
    },
    async stop() {
      await host.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
