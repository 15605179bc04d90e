/** Jira's REST timestamp format: ISO 8601 with milliseconds and a `+0000` offset (the site runs in UTC). */
export function jiraDateTime(ms: number): string {
  return new Date(ms).toISOString().replace('Z', '+0000');
}

/** JSM's DateDTO (docs/platform-assumptions.md): iso8601 without milliseconds, jira with them, friendly, epochMillis. */
export function jsmDate(ms: number): {
  iso8601: string;
  jira: string;
  friendly: string;
  epochMillis: number;
} {
  const date = new Date(ms);
  const iso = date.toISOString();
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const hours = date.getUTCHours();
  const friendly = `${String(date.getUTCDate()).padStart(2, '0')}/${months[date.getUTCMonth()] ?? ''}/${String(
    date.getUTCFullYear() % 100,
  ).padStart(
    2,
    '0',
  )} ${String(hours % 12 === 0 ? 12 : hours % 12)}:${String(date.getUTCMinutes()).padStart(2, '0')} ${
    hours < 12 ? 'AM' : 'PM'
  }`;
  return { iso8601: iso.replace(/\.\d{3}Z$/, '+0000'), jira: jiraDateTime(ms), friendly, epochMillis: ms };
}
