import { type z } from 'zod';
import { paragraph, rule, text } from './adf-builders';
import { type AdfDocument } from './adf-schema';
import { auditSection } from './audit-section';
import { contextSection } from './context-section';
import { DecisionRecordInputSchema, type ValidDecisionRecordInput } from './decision-record-input-schema';
import { decisionRecordToPlainText } from './decision-record-to-plain-text';
import { decisionsTableSection } from './decisions-table-section';
import { discussionSection } from './discussion-section';
import { formatDisplayTime } from './format-display-time';
import { createShortener, type ShortenLimits } from './shorten-text';
import { summarySection } from './summary-section';

/**
 * Jira rejects comments over 32 767 characters. It is not documented whether Jira counts the ADF JSON or the
 * text it renders, so a record must fit both, with a margin: 32 000.
 */
export const DECISION_RECORD_MAX_CHARS = 32_000;

// Tried in order until the record fits. The last step bounds every string and list, so it always fits
// (links are bounded by the input schema); test/unit/domain/decision-record proves it over random inputs.
const [FIRST_LIMITS, ...SMALLER_LIMITS] = [
  { text: 4000, items: 100 },
  { text: 2000, items: 50 },
  { text: 1000, items: 30 },
  { text: 500, items: 20 },
  { text: 200, items: 10 },
  { text: 80, items: 5 },
  { text: 40, items: 3 },
] as const satisfies readonly ShortenLimits[];

export type BuildDecisionRecordResult =
  | { readonly ok: true; readonly value: AdfDocument; readonly truncated: boolean }
  | { readonly ok: false; readonly message: string; readonly issues: readonly string[] };

/**
 * Builds the decision record comment (docs/architecture.md, flow 3): a heading and panel with the decision, a table
 * of who decided what and when, conditions, dissent, the silence or break-glass audit lines, context and
 * links. Bad input is an expected outcome: it is returned, never thrown.
 */
export function buildDecisionRecord(input: unknown): BuildDecisionRecordResult {
  const parsed = DecisionRecordInputSchema.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map(describeIssue);
    return { ok: false, message: `Cannot build the decision record: ${issues.join('; ')}`, issues };
  }
  let attempt = renderWithin(parsed.data, FIRST_LIMITS);
  for (const limits of SMALLER_LIMITS) {
    if (fits(attempt.doc)) break;
    attempt = renderWithin(parsed.data, limits);
  }
  return { ok: true, value: attempt.doc, truncated: attempt.truncated };
}

function renderWithin(
  input: ValidDecisionRecordInput,
  limits: ShortenLimits,
): { doc: AdfDocument; truncated: boolean } {
  const shortener = createShortener(limits);
  const body = [
    ...summarySection(input, shortener),
    ...decisionsTableSection(input, shortener),
    ...discussionSection(input, shortener),
    ...auditSection(input, shortener),
    ...contextSection(input, shortener),
  ];
  const truncated = shortener.truncated();
  const footer = paragraph(
    text(`Recorded by Async CAB on ${formatDisplayTime(input.decidedAt, input.timeZone)}.`, 'em'),
    text(
      truncated
        ? " Some long text was shortened (marked …) to fit Jira's comment limit of 32,767 characters."
        : '',
      'em',
    ),
  );
  const doc: AdfDocument = { type: 'doc', version: 1, content: [...body, rule(), footer] };
  return { doc, truncated };
}

function fits(doc: AdfDocument): boolean {
  return (
    JSON.stringify(doc).length <= DECISION_RECORD_MAX_CHARS &&
    decisionRecordToPlainText(doc).length <= DECISION_RECORD_MAX_CHARS
  );
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.map(String).join('.');
  return where === '' ? issue.message : `${where}: ${issue.message}`;
}
