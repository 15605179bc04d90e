/**
 * A field value as text, where no app UI renders it. Jira shows a Forge field's `view.formatter` result
 * there, "otherwise the raw field value" (https://developer.atlassian.com/platform/forge/manifest-reference/modules/jira-custom-field/,
 * "Rendering hierarchy"). The formatter runs on the stand-in's Jira expression subset; where that cannot run
 * it, the host renders the common value shapes readably instead (inferred, an approximation of the
 * formatter's text). Without a formatter it shows the raw value, objects as JSON.
 */
import { evaluateJiraExpression } from '../jira/expressions';
import type { UiCustomField } from './ui-module-catalog';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function readable(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(readable).join(', ');
  if (!isRecord(value)) return '';
  if (typeof value.text === 'string' && Object.keys(value).length === 1) return value.text;
  if (typeof value.start === 'string' && typeof value.end === 'string') {
    return `${value.start} to ${value.end}${typeof value.timeZone === 'string' ? ` (${value.timeZone})` : ''}`;
  }
  if (typeof value.tested === 'boolean') {
    return value.tested ? `Tested: ${readable(value.evidenceUrl)}` : `Not tested: ${readable(value.reason)}`;
  }
  if (typeof value.repository === 'string' && typeof value.number === 'number') {
    return `${value.repository}#${String(value.number)}`;
  }
  return Object.entries(value)
    .map(([key, item]) => `${key}: ${readable(item)}`)
    .join('; ');
}

function raw(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(raw).join(', ');
  return JSON.stringify(value);
}

/** A JSM field's value (text, lists) as the portal and the issue view print it. */
export function plainText(value: unknown): string {
  return readable(value);
}

/** A Forge field's value where its app UI does not render. */
export function forgeFieldText(field: UiCustomField, value: unknown): string {
  const formatter = field.formatter;
  if (formatter === undefined) return raw(value);
  if (formatter.compiled === undefined) return readable(value);
  const outcome = evaluateJiraExpression(formatter.compiled, { value: value ?? null });
  if (outcome.kind === 'value' && typeof outcome.value === 'string') return outcome.value;
  return readable(value);
}
