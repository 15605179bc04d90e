/**
 * CSV as RFC 4180 has it (https://www.rfc-editor.org/rfc/rfc4180): every field in double quotes, a quote
 * inside doubled, lines ended by CRLF, so commas and line breaks in comments survive. A cell that a
 * spreadsheet would run as a formula (starting with =, +, -, @, or a tab or carriage return: OWASP "CSV
 * Injection") gets a leading apostrophe, which spreadsheets show as text.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function csvLine(cells: readonly string[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}
