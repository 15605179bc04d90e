import { JiraExpressionEvaluationFailure } from './jira-expression-errors';
import { JiraDate, type JiraValue, typeName } from './jira-values';

/**
 * ISO 8601 / RFC 3339 date-time with an explicit offset: `2025-03-01T09:30:00Z`, `2025-03-01T09:30:00.000+01:00`,
 * and Jira's REST form `2025-03-01T09:30:00.000+0100`. This is the `format: date-time` of the manifest's
 * change-window schema.
 */
const DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:([Zz])|([+-])(\d{2}):?(\d{2}))$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function parseDateTime(text: string): number | null {
  const match = DATE_TIME.exec(text);
  if (match === null) return null;
  const [, y, mo, d, h, mi, s = '0', fraction = '', zulu, sign, oh = '0', om = '0'] = match;
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number);
  if (
    year === undefined ||
    month === undefined ||
    day === undefined ||
    hour === undefined ||
    minute === undefined ||
    second === undefined
  ) {
    return null;
  }
  const offsetMinutes = zulu === undefined ? (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om)) : 0;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59 || Number(oh) > 23 || Number(om) > 59) return null;
  const millis = Number(fraction.padEnd(3, '0').slice(0, 3));
  return Date.UTC(year, month - 1, day, hour, minute, second, millis) - offsetMinutes * 60_000;
}

/**
 * `new Date(String)` and `new Date(Number)` (epoch milliseconds): the constructors of Jira's published
 * TypeScript types (`DateConstructor`, https://developer.atlassian.com/cloud/jira/platform/jira-expressions-types).
 *
 * *Inferred*: a string that is not a date-time with an offset, `null` (a missing key), or any other type is an
 * evaluation error. JavaScript would give an Invalid Date, or the epoch for `new Date(null)`; the local host
 * refuses rather than guess the time zone of an offset-less string or compare NaN silently.
 */
export function constructJiraDate(argument: JiraValue): JiraDate {
  if (typeof argument === 'number' && Number.isFinite(argument)) return new JiraDate(argument);
  if (typeof argument === 'string') {
    const millis = parseDateTime(argument);
    if (millis !== null) return new JiraDate(millis);
    throw new JiraExpressionEvaluationFailure(
      `new Date(): '${argument}' is not an ISO 8601 date-time with an offset (such as 2025-03-01T09:30:00Z).`,
    );
  }
  throw new JiraExpressionEvaluationFailure(`new Date() can't be created from ${typeName(argument)}.`);
}
