/**
 * The local host as a target: started on a free port with a temporary data folder, reset, with the demo
 * site's people (docs/demo-site.md; HTTP Basic with a demo user's email and any token): Alex Admin edits as
 * an agent, Dana Lee raises the requests (a developer, a customer of the desk), Priya Nair is in
 * cab-payments (the group the default policy routes checkout-web to), Olivia Chen is not.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalHost } from '../local/host/create-local-host';
import type { Person } from './http/jira-http';

const ANY_TOKEN = 'conformance-kit';

export const DEMO_PEOPLE = {
  admin: { name: 'admin (Alex Admin)', email: 'alex.admin@asynccab.example', token: ANY_TOKEN },
  requester: { name: 'requester (Dana Lee)', email: 'dana.lee@asynccab.example', token: ANY_TOKEN },
  approver: { name: 'approver (Priya Nair)', email: 'priya.nair@asynccab.example', token: ANY_TOKEN },
  other: { name: 'non-approver (Olivia Chen)', email: 'olivia.chen@asynccab.example', token: ANY_TOKEN },
} satisfies Record<string, Person>;

export const DEMO_PROJECT_KEY = 'CHG';
export const DEMO_APPROVER_GROUP = 'cab-payments';

export interface LocalTarget {
  baseUrl: string;
  settle: () => Promise<void>;
  close: () => Promise<void>;
}

export async function startLocalTarget(log?: (line: string) => void): Promise<LocalTarget> {
  const dataDir = mkdtempSync(join(tmpdir(), 'async-cab-conformance-'));
  try {
    const host = await startLocalHost({
      dataDir,
      reset: true,
      port: 0,
      ...(log === undefined ? {} : { log }),
    });
    return {
      baseUrl: host.url,
      settle: async () => {
        await host.settle();
      },
      close: async () => {
        try {
          await host.close();
        } finally {
          rmSync(dataDir, { recursive: true, force: true });
        }
      },
    };
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}
