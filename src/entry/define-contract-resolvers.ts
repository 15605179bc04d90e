/**
 * Registers one resolver per contract key and maps every outcome to the contract's envelope in one place:
 * the caller must be signed in, then the key's declared access is checked (FORBIDDEN with the contract's
 * fixed message), then the payload is validated (VALIDATION_FAILED with field errors), AppErrors become
 * their code and message, anything else is rethrown so Forge records the failure.
 */
import type Resolver from '@forge/resolver';
import { AppError, UpstreamError } from '../app/errors';
import { jiraAdminsOnlyMessage, policyEditorsOnlyMessage } from '../shared/resolver-access';
import {
  resolverContract,
  RESOLVER_KEYS,
  type ParsedPayloadOf,
  type ResolverKey,
  type ResultOf,
} from '../shared/resolver-contract';
import type { ResolverError, ResolverResult } from '../shared/error-codes';
import { callerOf, type ResolverCaller } from './resolver-context';

export type SignedInCaller = ResolverCaller & { accountId: string };

/** Each handler gets the invocation's one set of ports, `D`, built once before anything runs. */
export type ContractHandlers<D> = {
  [K in ResolverKey]: (payload: ParsedPayloadOf<K>, caller: SignedInCaller, deps: D) => Promise<ResultOf<K>>;
};

/** How an invocation gets its ports, and how the declared access levels are checked on them. */
export interface ContractSetup<D> {
  depsFor(caller: SignedInCaller): D;
  /** Asked only for keys that need it, once per call. */
  isJiraAdmin(deps: D, caller: SignedInCaller): Promise<boolean>;
  /** A Jira admin or a member of one of the policy's editor groups; asked only for `policy-editor` keys. */
  isPolicyEditor(deps: D, caller: SignedInCaller): Promise<boolean>;
}

export function defineContractResolvers<D>(
  resolver: Resolver,
  setup: ContractSetup<D>,
  handlers: ContractHandlers<D>,
): void {
  for (const key of RESOLVER_KEYS) {
    resolver.define(key, async ({ payload, context }) => run(key, handlers, setup, payload, context));
  }
}

async function run<K extends ResolverKey, D>(
  key: K,
  handlers: ContractHandlers<D>,
  setup: ContractSetup<D>,
  payload: unknown,
  context: unknown,
): Promise<ResolverResult<ResultOf<K>>> {
  const given = callerOf(context);
  const { accountId } = given;
  if (accountId === null) {
    return { ok: false, error: { code: 'FORBIDDEN', message: 'Sign in to use Async CAB.' } };
  }
  const caller: SignedInCaller = { ...given, accountId };
  try {
    const rule = resolverContract[key];
    const deps = setup.depsFor(caller);
    // Before the payload is read: a refused caller learns nothing about what the key would accept.
    if (rule.access === 'jira-admin' && !(await setup.isJiraAdmin(deps, caller))) {
      return { ok: false, error: { code: 'FORBIDDEN', message: jiraAdminsOnlyMessage(rule.action) } };
    }
    if (rule.access === 'policy-editor' && !(await setup.isPolicyEditor(deps, caller))) {
      return { ok: false, error: { code: 'FORBIDDEN', message: policyEditorsOnlyMessage(rule.action) } };
    }
    const parsed = rule.payload.safeParse(payload);
    if (!parsed.success) {
      const fieldErrors = parsed.error.issues.map((issue) => ({
        field: issue.path.join('.'),
        code: issue.code,
        message: issue.message,
      }));
      return {
        ok: false,
        error: { code: 'VALIDATION_FAILED', message: 'The request was not valid.', fieldErrors },
      };
    }
    const handler = handlers[key];
    return { ok: true, value: await handler(parsed.data as ParsedPayloadOf<K>, caller, deps) };
  } catch (error) {
    return appErrorResult(key, error);
  }
}

/** An AppError as the envelope's error; anything else is rethrown so Forge records the failure. */
function appErrorResult(key: ResolverKey, error: unknown): { ok: false; error: ResolverError } {
  if (error instanceof UpstreamError) {
    // The detail (method, path, the service's answer) is for the logs, never for the person.
    console.error(`Async CAB: ${key} failed upstream (${String(error.status)}): ${error.detail}`);
  }
  if (!(error instanceof AppError)) throw error;
  return {
    ok: false,
    error: {
      code: error.code,
      message: error.message,
      ...(error.fieldErrors.length > 0 ? { fieldErrors: [...error.fieldErrors] } : {}),
      ...(error.retryAfterSeconds === undefined ? {} : { retryAfterSeconds: error.retryAfterSeconds }),
    },
  };
}
