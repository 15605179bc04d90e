/**
 * The command line of `npx tsx conformance/run.ts`. Parsing is pure and answers a value: the options to run
 * with, a request for help, or a usage error (run.ts exits 2 with it).
 */
import type { ConformanceOptions, Credentials, SiteTarget } from './run-conformance';

export const USAGE = `Usage: npx tsx conformance/run.ts [options]

Without --site: starts the local host (temporary data, demo users) and checks it.
With --site: checks a real Jira Cloud site over its public REST API, in --project only.

  --site <url>               https://<site>.atlassian.net
  --email <email>            a Jira admin's email (with --site)
  --token <token>            that admin's API token (with --site)
  --project <KEY>            the JSM project to work in (with --site)
  --requester-email/--requester-token
                             a portal customer who raises the test requests (default: the admin)
  --approver-email/--approver-token
                             a member of --approver-group (the approval checks)
  --other-email/--other-token
                             someone who can see the project but is not in --approver-group
  --approver-group <name>    the group put in Approver groups (locally: cab-payments)
  --request-type <name>      the request type to raise (default: Change)
  --approval-status <name>   the status that opens the approval (default: Awaiting approval)
  --timeout <seconds>        per request (default: 30)
  -h, --help                 this text

Everything it creates is summarised "[async-cab conformance] …", labelled async-cab-conformance and
deleted afterwards. Exit code: 0 no FAIL, 1 a FAIL (or the run could not start), 2 usage error.`;

export type CliParse =
  { kind: 'run'; options: ConformanceOptions } | { kind: 'help' } | { kind: 'usage-error'; message: string };

const VALUE_OPTIONS = [
  'site',
  'email',
  'token',
  'project',
  'requester-email',
  'requester-token',
  'approver-email',
  'approver-token',
  'other-email',
  'other-token',
  'approver-group',
  'request-type',
  'approval-status',
  'timeout',
] as const;
type ValueOption = (typeof VALUE_OPTIONS)[number];

const SITE_ONLY: readonly ValueOption[] = [
  'email',
  'token',
  'project',
  'requester-email',
  'requester-token',
  'approver-email',
  'approver-token',
  'other-email',
  'other-token',
];

const isValueOption = (name: string): name is ValueOption => VALUE_OPTIONS.some((option) => option === name);

class UsageError extends Error {}

function collect(argv: readonly string[]): Map<ValueOption, string> | 'help' {
  const values = new Map<ValueOption, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--help' || arg === '-h') return 'help';
    if (!arg.startsWith('--')) throw new UsageError(`unexpected argument "${arg}"`);
    const equals = arg.indexOf('=');
    const name = arg.slice(2, equals < 0 ? undefined : equals);
    if (!isValueOption(name)) throw new UsageError(`unknown option --${name}`);
    let value: string | undefined;
    if (equals >= 0) value = arg.slice(equals + 1);
    else {
      const next = argv[i + 1];
      if (next !== undefined && !next.startsWith('--')) {
        value = next;
        i++;
      }
    }
    if (value === undefined || value.trim() === '') throw new UsageError(`--${name} needs a value`);
    if (values.has(name)) throw new UsageError(`--${name} is given twice`);
    values.set(name, value.trim());
  }
  return values;
}

/** The site's origin; only https, and nothing after the host. */
function siteUrlOf(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UsageError(`--site "${raw}" is not a URL (expected https://<site>.atlassian.net)`);
  }
  if (url.protocol !== 'https:') {
    throw new UsageError(
      `--site must be an https URL (got ${url.protocol.replace(/:$/, '')}): Jira Cloud takes API tokens over https only`,
    );
  }
  if (url.username !== '' || url.password !== '')
    throw new UsageError('--site must not carry credentials: use --email and --token');
  if ((url.pathname !== '/' && url.pathname !== '') || url.search !== '' || url.hash !== '') {
    throw new UsageError(`--site must be the site's address only, like https://${url.host} (got "${raw}")`);
  }
  return url.origin;
}

function email(values: Map<ValueOption, string>, option: ValueOption): string | undefined {
  const value = values.get(option);
  if (value !== undefined && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) {
    throw new UsageError(`--${option} "${value}" is not an email address`);
  }
  return value;
}

/** Both halves of a person's credentials, or neither. */
function credentials(
  values: Map<ValueOption, string>,
  role: 'requester' | 'approver' | 'other',
): Credentials | undefined {
  const address = email(values, `${role}-email`);
  const token = values.get(`${role}-token`);
  if (address === undefined && token === undefined) return undefined;
  if (address === undefined) throw new UsageError(`--${role}-token needs --${role}-email`);
  if (token === undefined) throw new UsageError(`--${role}-email needs --${role}-token`);
  return { email: address, token };
}

function siteTarget(values: Map<ValueOption, string>, siteUrl: string): SiteTarget {
  const missing = (['email', 'token', 'project'] as const).filter((option) => !values.has(option));
  if (missing.length > 0) {
    throw new UsageError(`--site needs ${missing.map((option) => `--${option}`).join(', ')}`);
  }
  const adminEmail = email(values, 'email') ?? '';
  const project = values.get('project') ?? '';
  if (!/^[A-Z][A-Z0-9_]+$/.test(project)) {
    throw new UsageError(
      `--project "${project}" is not a Jira project key (capital letters, digits, _; e.g. CHG)`,
    );
  }
  const requester = credentials(values, 'requester');
  const approver = credentials(values, 'approver');
  const other = credentials(values, 'other');
  const same = (a: Credentials | undefined, b: Credentials | undefined) =>
    a !== undefined && b !== undefined && a.email.toLowerCase() === b.email.toLowerCase();
  const effectiveRequester = requester ?? { email: adminEmail, token: '' };
  if (same(approver, effectiveRequester)) {
    throw new UsageError(
      `the approver must not be the requester (${effectiveRequester.email}${requester === undefined ? ', the admin' : ''}): JSM leaves the reporter out of approvals`,
    );
  }
  if (same(other, approver)) throw new UsageError('--other-email must be someone other than the approver');
  if (same(other, effectiveRequester))
    throw new UsageError('--other-email must be someone other than the requester');
  return {
    kind: 'site',
    siteUrl,
    projectKey: project,
    admin: { email: adminEmail, token: values.get('token') ?? '' },
    ...(requester === undefined ? {} : { requester }),
    ...(approver === undefined ? {} : { approver }),
    ...(other === undefined ? {} : { other }),
  };
}

export function parseCliArgs(argv: readonly string[]): CliParse {
  try {
    const values = collect(argv);
    if (values === 'help') return { kind: 'help' };
    const site = values.get('site');
    if (site === undefined) {
      const siteOnly = SITE_ONLY.filter((option) => values.has(option));
      if (siteOnly.length > 0) {
        throw new UsageError(
          `${siteOnly.map((option) => `--${option}`).join(', ')} need${siteOnly.length === 1 ? 's' : ''} --site (without --site the kit checks the local host with its demo users and project CHG)`,
        );
      }
    }
    const timeout = values.get('timeout');
    const timeoutSeconds = timeout === undefined ? undefined : Number(timeout);
    if (
      timeoutSeconds !== undefined &&
      (!Number.isFinite(timeoutSeconds) || timeoutSeconds <= 0 || timeoutSeconds > 600)
    ) {
      throw new UsageError(`--timeout "${timeout ?? ''}" must be a number of seconds from 0 to 600`);
    }
    const requestType = values.get('request-type');
    const approvalStatus = values.get('approval-status');
    const approverGroup = values.get('approver-group');
    const options: ConformanceOptions = {
      target: site === undefined ? { kind: 'local' } : siteTarget(values, siteUrlOf(site)),
      ...(requestType === undefined ? {} : { requestTypeName: requestType }),
      ...(approvalStatus === undefined ? {} : { approvalStatusName: approvalStatus }),
      ...(approverGroup === undefined ? {} : { approverGroupName: approverGroup }),
      ...(timeoutSeconds === undefined ? {} : { timeoutMs: Math.round(timeoutSeconds * 1000) }),
    };
    return { kind: 'run', options };
  } catch (error) {
    if (error instanceof UsageError) return { kind: 'usage-error', message: error.message };
    throw error;
  }
}
