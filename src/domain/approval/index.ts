export * from './approval-state-types';
export { computeApprovalState } from './compute-approval-state';
export * from './jsm-approval-schema';
export { parseApprovalPage, type ParseApprovalPageResult } from './parse-approval-page';
export { selectCurrentApproval } from './select-current-approval';
export { decideFromAnswers, type CollectedAnswer, type DecideFromAnswersInput } from './decide-from-answers';
