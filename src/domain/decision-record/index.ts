export * from './adf-schema';
export {
  buildDecisionRecord,
  DECISION_RECORD_MAX_CHARS,
  type BuildDecisionRecordResult,
} from './build-decision-record';
export {
  DecisionRecordInputSchema,
  RECORD_DECISIONS,
  type DecisionRecordInput,
  type RecordDecision,
  type ValidDecisionRecordInput,
} from './decision-record-input-schema';
export { decisionRecordToPlainText } from './decision-record-to-plain-text';
export { formatDisplayTime, formatDisplayWindow } from './format-display-time';
export { zoneLabel } from './zone-label';
export { readAdfDocument } from './read-adf-document';
export { bulletList, heading, paragraph, panel, rule, table, text, link } from './adf-builders';
export { adfToEmailHtml } from './adf-to-email-html';
