/** What Custom UI bundles import (`@async-cab/shared/client`): types and the typed client, no zod. */
export * from './contract-client';
export type * from './view-models';
export type { ErrorCode, FieldError, ResolverError, ResolverResult } from './error-codes';
export type { PayloadOf, ResolverKey, ResultOf } from './resolver-contract';
export * from './cab-fields';
