/**
 * What the fault bench (bench/fault.bench.ts) left behind, read from the host's data the way a person would
 * see it: the CRs Jira has (JQL search, as an agent), their fields and the app's issue property, the emails
 * Jira sent, the commit statuses GitHub has, the queue's dead letters, and the deliveries the app still holds
 * as pending (src/adapters/github/pending-deliveries.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { startLocalHost, type LocalHost } from '../local/host/create-local-host';
import { KEYS } from '../src/adapters/kvs/storage-keys';
import { headShaOf, REPOSITORY } from './fault-bench-pull-requests';

const MORGAN = 'morgan.blake@asynccab.example';
const APP_ID = (
  parse(readFileSync(join(__dirname, '..', 'manifest.yml'), 'utf8')) as { app: { id: string } }
).app.id
  .split('/')
  .at(-1);

export interface Outcome {
  crs: number;
  duplicates: number;
  lost: number;
  halfMade: number;
  /** Half-made drafts by what they miss. */
  missing: Record<string, number>;
  emailedOnce: number;
  emailedTwice: number;
  neverEmailed: number;
  deadLetters: number;
  pending: number;
  givenUp: number;
}

interface FoundIssue {
  key: string;
  fields: Record<string, unknown>;
  properties: Record<string, unknown>;
}

export async function countOutcome(
  dataDir: string,
  clock: Date,
  plans: readonly { number: number }[],
): Promise<Outcome> {
  const host = await startLocalHost({ port: 0, dataDir, startAt: clock });
  // The fault settings are kept with the data; the count itself reads Jira as it is.
  host.jira.faults.clear();
  try {
    const issues = await changeRequests(host);
    const byNumber = new Map<number, FoundIssue[]>();
    for (const issue of issues) {
      const number = /\(bench #(\d+)\)$/.exec(String(issue.fields['summary']))?.[1];
      if (number === undefined) continue;
      byNumber.set(Number(number), [...(byNumber.get(Number(number)) ?? []), issue]);
    }
    const outbox = host.jira.outbox();
    const statusPaths = new Set(
      host.github
        .recordedCalls()
        .filter((call) => call.method === 'POST' && call.status === 201)
        .map((call) => call.path),
    );
    const outcome: Outcome = {
      crs: 0,
      duplicates: 0,
      lost: 0,
      halfMade: 0,
      missing: {},
      emailedOnce: 0,
      emailedTwice: 0,
      neverEmailed: 0,
      deadLetters: host.runtime.deadLetters().length,
      ...pendingDeliveries(host),
    };
    for (const { number } of plans) {
      const found = byNumber.get(number) ?? [];
      outcome.crs += found.length;
      if (found.length === 0) outcome.lost += 1;
      if (found.length > 1) outcome.duplicates += found.length - 1;
      for (const issue of found) {
        const subject = `${issue.key}: complete the change request drafted from ${REPOSITORY}#${String(number)}`;
        const emails = outbox.filter((message) => message.subject === subject).length;
        if (emails === 1) outcome.emailedOnce += 1;
        else if (emails > 1) {
          outcome.emailedTwice += 1;
          if (process.env.BENCH_FAULT_DEBUG !== undefined)
            console.log(`emailed ${String(emails)}x: #${String(number)} ${issue.key}`);
        } else outcome.neverEmailed += 1;
        const gaps = [
          ...(Object.values(issue.fields).some((value) => isLinkedPullRequest(value, number))
            ? []
            : ['linked PR field']),
          ...(hasDraftMarker(issue.properties[APP_ID ?? '']) ? [] : ['draft marker']),
          ...(emails > 0 ? [] : ['email']),
          ...(statusPaths.has(`/repos/${REPOSITORY}/statuses/${headShaOf(number)}`) ? [] : ['commit status']),
        ];
        if (gaps.length > 0) outcome.halfMade += 1;
        for (const gap of gaps) outcome.missing[gap] = (outcome.missing[gap] ?? 0) + 1;
      }
    }
    return outcome;
  } finally {
    await host.close();
  }
}

/** Every CHG issue, page by page (`nextPageToken`), with all its fields and the app's issue property. */
async function changeRequests(host: LocalHost): Promise<FoundIssue[]> {
  const found: FoundIssue[] = [];
  let token: string | undefined;
  do {
    const query = new URLSearchParams({
      jql: 'project = CHG ORDER BY created ASC',
      fields: '*all',
      properties: APP_ID ?? '',
      maxResults: '100',
      ...(token === undefined ? {} : { nextPageToken: token }),
    });
    const response = await fetch(`${host.url}/rest/api/3/search/jql?${query.toString()}`, {
      headers: { authorization: `Basic ${Buffer.from(`${MORGAN}:any-token`).toString('base64')}` },
    });
    if (response.status !== 200)
      throw new Error(`search answered ${String(response.status)}: ${await response.text()}`);
    const page = (await response.json()) as {
      issues: (Omit<FoundIssue, 'properties'> & { properties?: Record<string, unknown> })[];
      nextPageToken?: string;
    };
    found.push(...page.issues.map((issue) => ({ ...issue, properties: issue.properties ?? {} })));
    token = page.nextPageToken;
  } while (token !== undefined);
  return found;
}

function isLinkedPullRequest(value: unknown, number: number): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    'repository' in value &&
    value.repository === REPOSITORY &&
    'number' in value &&
    value.number === number
  );
}

const hasDraftMarker = (property: unknown) =>
  typeof property === 'object' && property !== null && 'draft' in property;

function pendingDeliveries(host: LocalHost): { pending: number; givenUp: number } {
  let pending = 0;
  let givenUp = 0;
  let after: string | undefined;
  do {
    const page = host.kvs.query({
      limit: 100,
      after,
      where: [{ property: 'key', condition: 'BEGINS_WITH', values: [KEYS.githubPendingDeliveryPrefix] }],
    });
    for (const record of page.records) {
      pending += 1;
      const value = record.value as { givenUpAt?: string | null };
      if (typeof value.givenUpAt === 'string') givenUp += 1;
    }
    after = page.cursor;
  } while (after !== undefined);
  return { pending, givenUp };
}
