export * from './routing-result';
export * from './route-change-request';
export { evaluateRiskCondition, type ConditionOutcome } from './evaluate-risk-condition';
export { deriveChangeFacts, type ChangeFacts } from './change-facts';
export { calendarForSystem, defaultCalendar } from './working-calendar-for';
export { describeRule } from './describe-rule';
export { deadlineTimeZone } from './deadline-time-zone';
export { minutesDeadlineAfterWindowStart } from './deadline-after-window-start';
