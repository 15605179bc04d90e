export * from './change-request-fields';
export * from './change-request-schema';
export * from './parse-change-request';
export * from './portal-answers';
export * from './cab-field-answers';
export { changeTypeWords, severityWords } from './change-words';
