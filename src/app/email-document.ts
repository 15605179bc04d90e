/**
 * An email composed as an ADF document (the decision record's builders), so it reads as formatted text in
 * mail clients (headings, lists, tables, panels, links: adfToEmailHtml) and as the same words in plain
 * text for clients that show no HTML (decisionRecordToPlainText).
 */
import { adfToEmailHtml, decisionRecordToPlainText, type AdfDocument } from '../domain/decision-record';
import type { Notification } from './ports/jira-port';

export function emailOfDocument(
  subject: string,
  doc: AdfDocument,
  to: { groupIds?: readonly string[]; accountIds?: readonly string[] },
): Notification {
  return {
    subject,
    textBody: decisionRecordToPlainText(doc),
    htmlBody: adfToEmailHtml(doc),
    groupIds: [...(to.groupIds ?? [])],
    accountIds: [...(to.accountIds ?? [])],
  };
}
