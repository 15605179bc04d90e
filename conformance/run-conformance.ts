/**
 * `runConformance(options)`: runs every check against the local host (started here) or a real Jira Cloud
 * site, one after the other, deletes what it created, and answers the report. It never asks anything:
 * what it cannot do without an option is skipped with the option to pass.
 */
import { ALL_CHECKS } from './checks/all-checks';
import { runCheck, type Check } from './checks/check';
import { readAppManifest } from './context/app-manifest';
import { CheckContext, type KitSettings, type People } from './context/check-context';
import { JiraHttp, type Person } from './http/jira-http';
import { DEMO_APPROVER_GROUP, DEMO_PEOPLE, DEMO_PROJECT_KEY, startLocalTarget } from './local-target';
import type { CheckResult, Report } from './report';

export interface Credentials {
  email: string;
  token: string;
}

export interface SiteTarget {
  kind: 'site';
  /** `https://<site>.atlassian.net`. */
  siteUrl: string;
  projectKey: string;
  admin: Credentials;
  /** Raises the test requests (a portal customer lets the customer view be checked); default the admin. */
  requester?: Credentials;
  approver?: Credentials;
  other?: Credentials;
}

export type ConformanceTarget = { kind: 'local' } | SiteTarget;

export interface ConformanceOptions {
  target: ConformanceTarget;
  /** The request type to raise (default "Change"). */
  requestTypeName?: string;
  /** The status whose entry opens the approval (default "Awaiting approval", src/app/approval-statuses.ts). */
  approvalStatusName?: string;
  /** The group put in Approver groups (locally cab-payments). */
  approverGroupName?: string;
  timeoutMs?: number;
  /** Called with each result as soon as it is known. */
  onResult?: (result: CheckResult) => void;
  /** The checks to run (default all, in order). */
  checks?: readonly Check[];
  /** The local host's own log lines. */
  hostLog?: (line: string) => void;
  /** The fetch the HTTP client uses (tests pass one that changes Jira's answers, to see a check fail). */
  fetch?: typeof fetch;
}

export const DEFAULT_REQUEST_TYPE = 'Change';
export const DEFAULT_APPROVAL_STATUS = 'Awaiting approval';

const SITE_OPTIONS = {
  approver: '--approver-email and --approver-token (a member of the approver group)',
  other: '--other-email and --other-token (someone who can see the project but is not in the approver group)',
  approverGroup: '--approver-group <name> (a group with the approver in it)',
};

interface PreparedTarget {
  kind: 'local' | 'site';
  baseUrl: string;
  projectKey: string;
  people: People;
  approverGroupName: string | undefined;
  settle: () => Promise<void>;
  close: () => Promise<void>;
}

async function prepare(options: ConformanceOptions): Promise<PreparedTarget> {
  const target = options.target;
  if (target.kind === 'local') {
    const local = await startLocalTarget(options.hostLog);
    return {
      kind: 'local',
      baseUrl: local.baseUrl,
      projectKey: DEMO_PROJECT_KEY,
      people: DEMO_PEOPLE,
      approverGroupName: options.approverGroupName ?? DEMO_APPROVER_GROUP,
      settle: local.settle,
      close: local.close,
    };
  }
  const person = (name: string, credentials: Credentials): Person => ({ name, ...credentials });
  const admin = person(`admin (${target.admin.email})`, target.admin);
  return {
    kind: 'site',
    baseUrl: target.siteUrl,
    projectKey: target.projectKey,
    people: {
      admin,
      requester:
        target.requester === undefined
          ? { ...admin, name: `requester = admin (${target.admin.email})` }
          : person(`requester (${target.requester.email})`, target.requester),
      approver:
        target.approver === undefined
          ? undefined
          : person(`approver (${target.approver.email})`, target.approver),
      other:
        target.other === undefined ? undefined : person(`non-approver (${target.other.email})`, target.other),
    },
    approverGroupName: options.approverGroupName,
    settle: () => Promise.resolve(),
    close: () => Promise.resolve(),
  };
}

/** Every given person must sign in before anything is created. */
async function preflight(ctx: CheckContext): Promise<string | undefined> {
  const people = [ctx.people.admin, ctx.people.requester, ctx.people.approver, ctx.people.other];
  for (const person of people) {
    if (person === undefined) continue;
    try {
      await ctx.account(person);
    } catch (error) {
      return `cannot sign in as the ${person.name}: ${error instanceof Error ? error.message : String(error)}`;
    }
  }
  return undefined;
}

export async function runConformance(options: ConformanceOptions): Promise<Report> {
  const prepared = await prepare(options);
  const settings: KitSettings = {
    http: new JiraHttp({
      baseUrl: prepared.baseUrl,
      ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
      ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
    }),
    target: prepared.kind,
    projectKey: prepared.projectKey,
    requestTypeName: options.requestTypeName ?? DEFAULT_REQUEST_TYPE,
    approvalStatusName: options.approvalStatusName ?? DEFAULT_APPROVAL_STATUS,
    approverGroupName: prepared.approverGroupName,
    people: prepared.people,
    manifest: readAppManifest(),
    settle: prepared.settle,
    howToGive: (role) =>
      prepared.kind === 'site'
        ? `pass ${SITE_OPTIONS[role]}`
        : `the demo site has no ${role} (docs/demo-site.md)`,
  };
  const ctx = new CheckContext(settings);
  const results: CheckResult[] = [];
  let aborted: string | undefined;
  let cleanup: Awaited<ReturnType<CheckContext['cleanup']>> = { deleted: [], left: [] };
  try {
    aborted = await preflight(ctx);
    if (aborted === undefined) {
      for (const check of options.checks ?? ALL_CHECKS) {
        const outcome = await runCheck(check, ctx);
        const result: CheckResult = {
          id: check.id,
          title: check.title,
          status: outcome.status,
          detail:
            outcome.status === 'fail' ? outcome.seen : outcome.status === 'skipped' ? outcome.why : undefined,
          notes: outcome.notes,
        };
        results.push(result);
        options.onResult?.(result);
      }
    }
  } finally {
    try {
      cleanup = await ctx.cleanup();
    } finally {
      await prepared.close();
    }
  }
  const count = (status: CheckResult['status']) =>
    results.filter((result) => result.status === status).length;
  const notes = [...ctx.runNotes];
  if (prepared.kind === 'local' && cleanup.left.length > 0) {
    notes.push("the local host's data folder was temporary and is removed, so nothing stays behind locally");
  }
  return {
    target: prepared.kind,
    baseUrl: prepared.baseUrl,
    projectKey: prepared.projectKey,
    aborted,
    results,
    created: ctx.created.map((issue) => issue.key),
    deleted: cleanup.deleted,
    leftBehind: cleanup.left,
    notes,
    passed: count('pass'),
    failed: count('fail'),
    skipped: count('skipped'),
    ok: aborted === undefined && count('fail') === 0,
  };
}
