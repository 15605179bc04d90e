/** The async-events queue's store (queue-store.ts) over SQLite: the host's database, or an in-memory one. */
import Database from 'better-sqlite3';
import { z } from 'zod';

import type { DeadLetter, QueueStore, RetryContext, StoredDelivery } from './queue-store';

const DeliveryRowSchema = z.object({
  consumer_key: z.string(),
  queue_name: z.string(),
  job_id: z.string(),
  event_id: z.string(),
  body_json: z.string(),
  attempts: z.number(),
  retry_context_json: z.string().nullable(),
  due_ms: z.number(),
});
const JobRowSchema = z.object({
  success: z.number(),
  in_progress: z.number(),
  failed: z.number(),
  cancelled: z.number(),
});
const DeadLetterRowSchema = z.object({
  queue_name: z.string(),
  consumer_key: z.string(),
  job_id: z.string(),
  event_id: z.string(),
  body_json: z.string(),
  attempts: z.number(),
  last_error: z.string(),
  failed_at: z.string(),
});
const BodySchema = z.record(z.string(), z.unknown());
const RetryContextSchema = z.object({
  retryCount: z.number(),
  retryReason: z.string(),
  // JSON leaves out an undefined retryData.
  retryData: z.unknown().optional(),
});

function retryContextOf(json: string | null): RetryContext | undefined {
  if (json === null) return undefined;
  const { retryCount, retryReason, retryData } = RetryContextSchema.parse(JSON.parse(json));
  return { retryCount, retryReason, retryData };
}

/** Tables carry the `forge_queue_` prefix: the host shares its database file (local/jira/store/create-jira-tables.ts). */
function createQueueTables(db: Database.Database): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS forge_queue_deliveries (event_id TEXT NOT NULL, consumer_key TEXT NOT NULL,
      queue_name TEXT NOT NULL, job_id TEXT NOT NULL, body_json TEXT NOT NULL, attempts INTEGER NOT NULL,
      retry_context_json TEXT, due_ms INTEGER NOT NULL, PRIMARY KEY (event_id, consumer_key));
    CREATE TABLE IF NOT EXISTS forge_queue_jobs (job_id TEXT PRIMARY KEY, success INTEGER NOT NULL,
      in_progress INTEGER NOT NULL, failed INTEGER NOT NULL, cancelled INTEGER NOT NULL);
    CREATE TABLE IF NOT EXISTS forge_queue_dead_letters (id INTEGER PRIMARY KEY AUTOINCREMENT,
      queue_name TEXT NOT NULL, consumer_key TEXT NOT NULL, job_id TEXT NOT NULL, event_id TEXT NOT NULL,
      body_json TEXT NOT NULL, attempts INTEGER NOT NULL, last_error TEXT NOT NULL, failed_at TEXT NOT NULL);
  `);
}

function deliveryOf(row: unknown): StoredDelivery {
  const r = DeliveryRowSchema.parse(row);
  return {
    consumerKey: r.consumer_key,
    queueName: r.queue_name,
    jobId: r.job_id,
    eventId: r.event_id,
    body: BodySchema.parse(JSON.parse(r.body_json)),
    attempts: r.attempts,
    retryContext: retryContextOf(r.retry_context_json),
    dueAt: r.due_ms,
  };
}

function deadLetterOf(row: unknown): DeadLetter {
  const r = DeadLetterRowSchema.parse(row);
  return {
    queueName: r.queue_name,
    consumerKey: r.consumer_key,
    jobId: r.job_id,
    eventId: r.event_id,
    body: BodySchema.parse(JSON.parse(r.body_json)),
    attempts: r.attempts,
    lastError: r.last_error,
    failedAt: r.failed_at,
  };
}

/** The queue's store over `db` (the host's database); without one, an in-memory database that dies with the runtime. */
export function createSqliteQueueStore(db: Database.Database = new Database(':memory:')): QueueStore {
  createQueueTables(db);
  const insertJob = db.prepare(
    'INSERT OR REPLACE INTO forge_queue_jobs (job_id, success, in_progress, failed, cancelled) VALUES (?, 0, ?, 0, 0)',
  );
  const insertDelivery = db.prepare(
    `INSERT OR REPLACE INTO forge_queue_deliveries (event_id, consumer_key, queue_name, job_id, body_json, attempts,
       retry_context_json, due_ms) VALUES (@eventId, @consumerKey, @queueName, @jobId, @body, @attempts, @retryContext, @dueAt)`,
  );
  const deleteDelivery = db.prepare(
    'DELETE FROM forge_queue_deliveries WHERE event_id = ? AND consumer_key = ?',
  );
  const countOutcome = {
    succeeded: db.prepare(
      'UPDATE forge_queue_jobs SET in_progress = in_progress - 1, success = success + 1 WHERE job_id = ?',
    ),
    cancelled: db.prepare('UPDATE forge_queue_jobs SET in_progress = in_progress - 1 WHERE job_id = ?'),
    failed: db.prepare(
      'UPDATE forge_queue_jobs SET in_progress = in_progress - 1, failed = failed + 1 WHERE job_id = ?',
    ),
  };
  const insertDeadLetter = db.prepare(
    `INSERT INTO forge_queue_dead_letters (queue_name, consumer_key, job_id, event_id, body_json, attempts,
       last_error, failed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const row = (delivery: StoredDelivery) => ({
    ...delivery,
    body: JSON.stringify(delivery.body),
    retryContext: delivery.retryContext === undefined ? null : JSON.stringify(delivery.retryContext),
  });

  return {
    addJob: db.transaction((jobId: string, deliveries: StoredDelivery[]) => {
      insertJob.run(jobId, deliveries.length);
      for (const delivery of deliveries) insertDelivery.run(row(delivery));
    }),
    pendingDeliveries: () =>
      db.prepare('SELECT * FROM forge_queue_deliveries ORDER BY due_ms, rowid').all().map(deliveryOf),
    reschedule(delivery) {
      insertDelivery.run(row(delivery));
    },
    finish: db.transaction(
      (
        delivery: Pick<StoredDelivery, 'eventId' | 'consumerKey' | 'jobId'>,
        outcome: 'succeeded' | 'cancelled',
      ) => {
        deleteDelivery.run(delivery.eventId, delivery.consumerKey);
        countOutcome[outcome].run(delivery.jobId);
      },
    ),
    deadLetter: db.transaction((letter: DeadLetter) => {
      deleteDelivery.run(letter.eventId, letter.consumerKey);
      countOutcome.failed.run(letter.jobId);
      insertDeadLetter.run(
        letter.queueName,
        letter.consumerKey,
        letter.jobId,
        letter.eventId,
        JSON.stringify(letter.body),
        letter.attempts,
        letter.lastError,
        letter.failedAt,
      );
    }),
    job(jobId) {
      const found: unknown = db.prepare('SELECT * FROM forge_queue_jobs WHERE job_id = ?').get(jobId);
      if (found === undefined) return undefined;
      const r = JobRowSchema.parse(found);
      return {
        success: r.success,
        inProgress: r.in_progress,
        failed: r.failed,
        cancelled: r.cancelled === 1,
      };
    },
    cancelJob(jobId) {
      db.prepare('UPDATE forge_queue_jobs SET cancelled = 1 WHERE job_id = ?').run(jobId);
    },
    deadLetters: () =>
      db.prepare('SELECT * FROM forge_queue_dead_letters ORDER BY id').all().map(deadLetterOf),
  };
}
