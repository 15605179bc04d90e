export * from './change-request-fields';
export * from './change-request-schema';
export * from './change-request-draft-schema';
export * from './parse-change-request';
export * from './complete-draft';
export * from './portal-answers';
