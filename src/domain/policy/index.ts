export * from './risk-condition-schema';
export * from './policy-schema';
export * from './parse-policy';
export * from './policy-yaml';
export * from './demo-policy';
export * from './change-request-types-schema';
export * from './empty-policy';
export * from './policy-yaml-limits';
