export * from './change-request-lifecycle';
