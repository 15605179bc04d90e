import type BetterSqlite3 from 'better-sqlite3';
import { z } from 'zod';

const RecipientSchema = z.object({
  accountId: z.string(),
  emailAddress: z.string(),
  displayName: z.string(),
});
const OutboxRowSchema = z.object({
  id: z.number(),
  issue_key: z.string(),
  subject: z.string(),
  text_body: z.string(),
  html_body: z.string(),
  recipients_json: z.string(),
  sent_ms: z.number(),
});

export type EmailRecipient = z.infer<typeof RecipientSchema>;
/** One mail Jira would have queued for `POST /rest/api/3/issue/{key}/notify` (docs/platform-assumptions.md). */
export interface EmailMessage {
  id: number;
  issueKey: string;
  subject: string;
  textBody: string;
  htmlBody: string;
  recipients: EmailRecipient[];
  sentAt: string;
}

export function createOutboxStore(db: BetterSqlite3.Database) {
  return {
    append(message: Omit<EmailMessage, 'id' | 'sentAt'>, sentMs: number): void {
      db.prepare(
        `INSERT INTO jira_outbox (issue_key, subject, text_body, html_body, recipients_json, sent_ms)
         VALUES (?, ?, ?, ?, ?, ?)`,
      ).run(
        message.issueKey,
        message.subject,
        message.textBody,
        message.htmlBody,
        JSON.stringify(message.recipients),
        sentMs,
      );
    },
    all(): EmailMessage[] {
      return db
        .prepare('SELECT * FROM jira_outbox ORDER BY id')
        .all()
        .map((row) => {
          const r = OutboxRowSchema.parse(row);
          return {
            id: r.id,
            issueKey: r.issue_key,
            subject: r.subject,
            textBody: r.text_body,
            htmlBody: r.html_body,
            recipients: z.array(RecipientSchema).parse(JSON.parse(r.recipients_json)),
            sentAt: new Date(r.sent_ms).toISOString(),
          };
        });
    },
  };
}
export type OutboxStore = ReturnType<typeof createOutboxStore>;
