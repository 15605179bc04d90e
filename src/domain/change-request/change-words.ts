/**
 * The change type and risk as people read them ("Normal", "High"), never the stored keys ("normal",
 * "high"): the same words the request form offers (src/app/cab-field-options.ts). A value that is not one of
 * the keys (an older record, free text) is shown as it is rather than hidden.
 */
import { type ChangeType } from './change-request-fields';
import { type SeverityLevel } from '../shared/severity-level';

const CHANGE_TYPE_WORDS: Record<ChangeType, string> = {
  standard: 'Standard',
  normal: 'Normal',
  emergency: 'Emergency',
};

const SEVERITY_WORDS: Record<SeverityLevel, string> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  critical: 'Critical',
};

const isKey = <K extends string>(words: Record<K, string>, value: string): value is K =>
  Object.hasOwn(words, value);

/** "Normal" for 'normal'. */
export function changeTypeWords(value: string): string {
  return isKey(CHANGE_TYPE_WORDS, value) ? CHANGE_TYPE_WORDS[value] : value;
}

/** "High" for 'high' (a change's risk or a system's criticality). */
export function severityWords(value: string): string {
  return isKey(SEVERITY_WORDS, value) ? SEVERITY_WORDS[value] : value;
}
