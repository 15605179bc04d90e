/**
 * Where the local async-events queue keeps its work: pending, delayed and retried deliveries, job stats and dead
 * letters, in SQLite (the host's database, or an in-memory one), so a host started again on the same data delivers
 * what it had acknowledged (docs/platform-assumptions.md, "Async events: a pushed event is kept until it is
 * consumed"). A delivery stays stored until its attempt ends, so one whose consumer was running when the host
 * stopped is delivered again, unchanged, on the next start (at-least-once).
 */
export interface RetryContext {
  retryCount: number;
  retryReason: string;
  retryData: unknown;
}

/** One event for one consumer: an event pushed to a queue with two consumers is two deliveries. */
export interface StoredDelivery {
  consumerKey: string;
  queueName: string;
  jobId: string;
  eventId: string;
  body: Record<string, unknown>;
  /** Failed attempts so far. */
  attempts: number;
  retryContext: RetryContext | undefined;
  /** When it is due, on the host clock (ms). */
  dueAt: number;
}

export interface JobStats {
  success: number;
  inProgress: number;
  failed: number;
  cancelled: boolean;
}

export interface DeadLetter {
  queueName: string;
  consumerKey: string;
  jobId: string;
  eventId: string;
  body: Record<string, unknown>;
  attempts: number;
  lastError: string;
  failedAt: string;
}

export interface QueueStore {
  /** A push: its job and its deliveries, in one transaction (kept before the push is answered). */
  addJob(jobId: string, deliveries: StoredDelivery[]): void;
  /** Every delivery not finished yet, due first. */
  pendingDeliveries(): StoredDelivery[];
  /** A failed attempt to be tried again: new attempts, retry context and due time. */
  reschedule(delivery: StoredDelivery): void;
  /** The delivery is done: consumed (`succeeded`) or dropped because its job was cancelled. */
  finish(
    delivery: Pick<StoredDelivery, 'eventId' | 'consumerKey' | 'jobId'>,
    outcome: 'succeeded' | 'cancelled',
  ): void;
  deadLetter(letter: DeadLetter): void;
  job(jobId: string): JobStats | undefined;
  cancelJob(jobId: string): void;
  deadLetters(): DeadLetter[];
}
