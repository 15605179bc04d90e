/**
 * The decision record as the formatted document the panel and the portal request view render
 * (static/ui-kit/adf-document.tsx), the same ADF that is the issue's comment: while it is still being
 * published the ledger holds it (`publishing.record`); after that the comment itself, read as the app (an
 * internal comment; the request view already shows its text to the requester). The comment never
 * changes; within the invocation that posted it, it is not read again (adapters/jira/memoized-app-port.ts).
 * Null when neither is there or Jira's copy is not one the renderer knows: the views fall back to its text.
 */
import { readAdfDocument, type AdfDocument } from '../domain/decision-record';
import type { JiraAppPort } from './ports/jira-port';
import type { LedgerEntry } from './ports/store-ports';

export async function decisionRecordDocument(
  jira: JiraAppPort,
  entry: LedgerEntry | undefined,
  of: 'decision' | 'break-glass',
): Promise<AdfDocument | null> {
  if (entry === undefined) return null;
  if (entry.publishing?.of === of) return entry.publishing.record;
  const commentId = of === 'decision' ? entry.decision?.commentId : entry.breakGlass?.commentId;
  if (commentId === undefined || jira.commentBody === undefined) return null;
  try {
    return readAdfDocument(await jira.commentBody(entry.issueKey, commentId));
  } catch (error) {
    // The record's text is on the ledger: a failed read costs the formatting, never the panel.
    console.warn(`Async CAB: the record comment of ${entry.issueKey} could not be read: ${String(error)}`);
    return null;
  }
}
