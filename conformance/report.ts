/** The kit's result, and how each line of it is printed (`pass  <id> <title>`, `FAIL  …: seen`, `skipped …: why`). */
export type CheckStatus = 'pass' | 'fail' | 'skipped';

export interface CheckResult {
  id: string;
  title: string;
  status: CheckStatus;
  /** What was seen (FAIL) or why it was skipped; undefined for a pass. */
  detail: string | undefined;
  notes: string[];
}

export interface Report {
  target: 'local' | 'site';
  baseUrl: string;
  projectKey: string;
  /** Set when the run stopped before the checks (e.g. credentials refused); results are then empty. */
  aborted: string | undefined;
  results: CheckResult[];
  created: string[];
  deleted: string[];
  leftBehind: { key: string; why: string }[];
  notes: string[];
  passed: number;
  failed: number;
  skipped: number;
  /** No FAIL and not aborted. */
  ok: boolean;
}

export function resultLine(result: CheckResult): string {
  switch (result.status) {
    case 'pass':
      return `pass  ${result.id} ${result.title}`;
    case 'fail':
      return `FAIL  ${result.id} ${result.title}: ${result.detail ?? ''}`;
    case 'skipped':
      return `skipped ${result.id} ${result.title}: ${result.detail ?? ''}`;
  }
}

/** A result's line, then its notes indented below it. */
export function resultLines(result: CheckResult): string[] {
  return [resultLine(result), ...result.notes.map((note) => `      · ${note}`)];
}

export function summaryLines(report: Report): string[] {
  const lines: string[] = [];
  if (report.aborted !== undefined) lines.push(`aborted: ${report.aborted}`);
  lines.push(
    `${String(report.results.length)} checks against ${report.baseUrl} (project ${report.projectKey}): ${String(report.passed)} passed, ${String(report.failed)} failed, ${String(report.skipped)} skipped`,
  );
  for (const note of report.notes) lines.push(`note: ${note}`);
  if (report.deleted.length > 0) lines.push(`cleanup: deleted ${report.deleted.join(', ')}`);
  for (const left of report.leftBehind) lines.push(`cleanup: LEFT ${left.key}: ${left.why}`);
  return lines;
}
