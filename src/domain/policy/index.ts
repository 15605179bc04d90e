export * from './risk-condition-schema';
export * from './policy-schema';
export * from './parse-policy';
export * from './policy-yaml';
export * from './default-policy';
export * from './change-request-types-schema';
