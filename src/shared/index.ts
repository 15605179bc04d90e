export * from './error-codes';
export * from './contract-schemas';
export * from './view-models';
export * from './resolver-contract';
export * from './resolver-access';
export * from './contract-client';
export * from './cab-fields';
export type * from './policy-document';
