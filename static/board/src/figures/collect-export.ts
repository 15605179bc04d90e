/**
 * Asks for the audit export part by part (resolver key exportDecisions answers at most one ledger page a
 * call) and joins the parts: one CSV with one header, and the evidence packets in one text file.
 */
import type { DecisionExportPartView, ResolverError, ResolverResult } from '@async-cab/shared/client';

export interface ExportRequest {
  from: string;
  to: string;
  timeZone: string;
}

export type LoadExportPart = (
  payload: ExportRequest & { cursor?: string },
) => Promise<ResolverResult<DecisionExportPartView>>;

export interface CollectedExport {
  csv: string;
  evidence: string;
  rows: number;
  fileName: string;
  evidenceFileName: string;
}

/** Far more parts than a year of decisions needs (100 rows a part); a guard against a cursor that never ends. */
const MAX_PARTS = 2_000;

export async function collectExport(
  load: LoadExportPart,
  request: ExportRequest,
  onProgress: (rows: number) => void = () => undefined,
): Promise<{ ok: true; value: CollectedExport } | { ok: false; error: ResolverError }> {
  let csv = '';
  const packets: string[] = [];
  let rows = 0;
  let fileName = 'async-cab-decisions.csv';
  let cursor: string | undefined;
  const seen = new Set<string>();
  for (let part = 0; part < MAX_PARTS; part += 1) {
    const answer = await load(cursor === undefined ? request : { ...request, cursor });
    if (!answer.ok) return answer;
    csv += answer.value.csv;
    packets.push(...answer.value.evidence.map((packet) => packet.text));
    rows += answer.value.rows;
    fileName = answer.value.fileName;
    onProgress(rows);
    const next = answer.value.nextCursor;
    if (next === null) {
      return {
        ok: true,
        value: {
          csv,
          evidence: packets.join(`\n${'='.repeat(72)}\n\n`),
          rows,
          fileName,
          evidenceFileName: fileName.replace(/\.csv$/, '-evidence.txt'),
        },
      };
    }
    if (seen.has(next)) break;
    seen.add(next);
    cursor = next;
  }
  return {
    ok: false,
    error: { code: 'INTERNAL', message: 'The export did not come to an end; try a shorter period.' },
  };
}
