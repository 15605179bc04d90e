/**
 * The audit export: the change requests decided in a period as CSV (src/app/figures/decision-row.ts) and
 * each one's evidence packet, in parts of at most one ledger page (100 rows), so that neither the
 * resolver's 25 s nor its 5 MB answer limit is reached however long the period; the UI joins the parts.
 *
 * Reads the ledger's `by-routed` index (manifest.yml) for decided entries routed before the period's end,
 * in the order they were routed, and keeps those decided in the period: a change request is found however
 * long it waited for its decision. Then per change request its answers (KVS), and per part one Jira
 * search for when each was raised and by whom. Change managers and Jira admins only: it lists every
 * decided change request, whoever may see it in Jira.
 */
import type { DecisionExportPartView } from '../../shared/figures-view-models';
import { mayLookAfterChangeRequests } from '../change-managers';
import { AppError } from '../errors';
import type { IssueFacts } from '../ports/figures-ports';
import type { LedgerEntry, LedgerStatus, RecordedAnswer } from '../ports/store-ports';
import { csvLine } from './csv-text';
import { DECISION_COLUMNS, decisionRow } from './decision-row';
import { evidencePacket } from './evidence-packet';
import { encodeExportCursor, ledgerCursorOf } from './export-cursor';
import type { FiguresDeps } from './figures-deps';
import { periodBounds, type Period } from './figures-period';

export interface ExportRequest extends Period {
  /** The viewer's zone: every time is given in UTC and in it. */
  timeZone: string;
  cursor?: string | undefined;
}

const DECIDED: readonly LedgerStatus[] = ['approved', 'declined'];
/** Ledger pages read for one part when they hold nothing of the period (a sparse stretch of history). */
const PAGES_PER_PART = 5;
/** Answers read at once (one KVS query each). */
const PARALLEL_READS = 10;

export async function exportDecisions(
  deps: FiguresDeps,
  caller: { accountId: string; isJiraAdmin: () => Promise<boolean> },
  request: ExportRequest,
): Promise<DecisionExportPartView> {
  const { policy } = await deps.app.policies.get();
  if (!(await mayLookAfterChangeRequests(deps.app, policy, caller))) {
    throw new AppError('FORBIDDEN', 'Only change managers and Jira administrators can export the decisions.');
  }
  const { from, to, timeZone } = request;
  const { fromMs, untilMs } = periodBounds(request);
  let cursor =
    request.cursor === undefined ? undefined : ledgerCursorOf(request.cursor, { from, to, timeZone });
  const decided: LedgerEntry[] = [];
  let pages = 0;
  do {
    const page = await deps.ledgerScan.page({ statuses: DECIDED, routedUntil: untilMs }, cursor);
    pages += 1;
    for (const entry of page.entries) {
      const at = entry.decision === null ? NaN : Date.parse(entry.decision.at);
      if (at >= fromMs && at < untilMs) decided.push(entry);
    }
    cursor = page.nextCursor;
  } while (cursor !== undefined && decided.length === 0 && pages < PAGES_PER_PART);

  const answers = await answersOf(deps, decided);
  const facts =
    decided.length === 0
      ? new Map<string, IssueFacts>()
      : await deps.issueFacts.factsOf(decided.map((entry) => entry.issueKey));
  const header = request.cursor === undefined ? csvLine(DECISION_COLUMNS) : '';
  const lines = decided.map((entry, index) =>
    csvLine(decisionRow(entry, answers[index] ?? [], facts.get(entry.issueKey), timeZone)),
  );
  return {
    csv: header + lines.join(''),
    rows: decided.length,
    evidence: decided.map(evidencePacket),
    nextCursor: cursor === undefined ? null : encodeExportCursor({ from, to, timeZone, after: cursor }),
    fileName: `async-cab-decisions-${from}-to-${to}.csv`,
  };
}

async function answersOf(deps: FiguresDeps, entries: readonly LedgerEntry[]): Promise<RecordedAnswer[][]> {
  const answers: RecordedAnswer[][] = [];
  for (let start = 0; start < entries.length; start += PARALLEL_READS) {
    const batch = entries.slice(start, start + PARALLEL_READS);
    answers.push(...(await Promise.all(batch.map((entry) => deps.app.ledger.listAnswers(entry.issueKey)))));
  }
  return answers;
}
