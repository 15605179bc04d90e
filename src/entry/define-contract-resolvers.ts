/**
 * Registers one resolver per contract key and maps every outcome to the contract's envelope in one place:
 * the payload is validated first (400-style VALIDATION_FAILED with field errors), AppErrors become their
 * code and message, anything else is rethrown so Forge records the failure (CONVENTIONS habit 2).
 */
import type Resolver from '@forge/resolver';
import { AppError, UpstreamError } from '../app/errors';
import {
  resolverContract,
  type ParsedPayloadOf,
  type ResolverKey,
  type ResultOf,
} from '../shared/resolver-contract';
import type { ResolverResult } from '../shared/error-codes';
import { callerOf, type ResolverCaller } from './resolver-context';

export type ContractHandlers = {
  [K in ResolverKey]: (
    payload: ParsedPayloadOf<K>,
    caller: ResolverCaller & { accountId: string },
  ) => Promise<ResultOf<K>>;
};

export function defineContractResolvers(resolver: Resolver, handlers: ContractHandlers): void {
  for (const key of Object.keys(resolverContract) as ResolverKey[]) {
    resolver.define(key, async ({ payload, context }) => run(key, handlers, payload, context));
  }
}

async function run<K extends ResolverKey>(
  key: K,
  handlers: ContractHandlers,
  payload: unknown,
  context: unknown,
): Promise<ResolverResult<ResultOf<K>>> {
  const caller = callerOf(context);
  if (caller.accountId === null) {
    return { ok: false, error: { code: 'FORBIDDEN', message: 'Sign in to use Async CAB.' } };
  }
  const parsed = resolverContract[key].payload.safeParse(payload);
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
  try {
    const handler = handlers[key];
    const value = await handler(parsed.data as ParsedPayloadOf<K>, {
      ...caller,
      accountId: caller.accountId,
    });
    return { ok: true, value };
  } catch (error) {
    if (error instanceof UpstreamError) {
      // The detail (method, path, the service's answer) is for the logs, never for the person.
      console.error(`Async CAB: ${key} failed upstream (${String(error.status)}): ${error.detail}`);
    }
    if (error instanceof AppError) {
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
    throw error;
  }
}
