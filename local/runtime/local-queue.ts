import { randomUUID } from 'node:crypto';

import { z } from 'zod';

import type { LocalClock } from '../core/clock';
import { emptyResponse, jsonResponse, type LocalResponse } from '../core/http-types';
import type { DueTaskList } from './due-tasks';
import { ForgeInvocationError } from './forge-invocation-error';
import { asRetryRequest } from './invocation-error-result';
import type { Invoke } from './invoker';
import type { ConsumerModule, ForgeAppModel } from './manifest-model';
import type { DeadLetter, JobStats, QueueStore, StoredDelivery } from './queue-store';

export type { DeadLetter } from './queue-store';

/** Limits of async events (docs/platform-assumptions.md, limits-async-events). */
const MAX_EVENTS_PER_PUSH = 50;
const MAX_PUSH_BYTES = 200 * 1024;
const MAX_DELAY_SECONDS = 900;
const DEFAULT_CONSUMER_TIMEOUT_SECONDS = 55;
/** Redelivery backoff: exponential, "up to ~15 min apart" (async-events-api). */
const BACKOFF_BASE_SECONDS = 10;
const BACKOFF_MAX_SECONDS = 900;

const pushRequestSchema = z.object({
  queueName: z.string().regex(/^[a-zA-Z0-9-_]+$/),
  jobId: z.string().min(1),
  payload: z.array(
    z.looseObject({
      body: z.record(z.string(), z.unknown()),
      delayInSeconds: z.number().min(0).max(MAX_DELAY_SECONDS).optional(),
    }),
  ),
});
const jobRequestSchema = z.object({ queueName: z.string(), jobId: z.string() });

interface Delivery extends StoredDelivery {
  consumer: ConsumerModule;
}

export interface LocalQueueDeps {
  model: ForgeAppModel;
  clock: LocalClock;
  tasks: DueTaskList;
  invoke: Invoke;
  installContext: string;
  /** Failed attempts (thrown, timed out or InvocationError) after which an event is dead-lettered. */
  maxAttempts: number;
  /** Keeps deliveries, job stats and dead letters; what it holds when the queue is built is scheduled again. */
  store: QueueStore;
  log(line: string): void;
}

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return undefined;
  }
}

function errorMessage(status: number, message: string): LocalResponse {
  return jsonResponse(status, { message, errorMessage: message });
}

/**
 * The local stand-in for Forge's async events service: `Queue.push` in, consumer invocations out. Every delivery
 * lives in the store until its attempt ends, so work acknowledged before the host stopped (closed or killed)
 * is delivered on the next start; one that was running is delivered again as it was (at-least-once,
 * docs/platform-assumptions.md, "Async events: delivery is at-least-once").
 */
export class LocalQueue {
  /** After close(), attempts still running in the background record nothing: the next host redelivers them. */
  private closed = false;

  constructor(private readonly deps: LocalQueueDeps) {
    for (const stored of deps.store.pendingDeliveries()) this.resume(stored);
  }

  deadLetters(): DeadLetter[] {
    return this.deps.store.deadLetters();
  }

  close(): void {
    this.closed = true;
  }

  /** A method, not the field: an attempt asks again after awaiting its consumer, which may outlive the host. */
  private hasClosed(): boolean {
    return this.closed;
  }

  /** Answers `POST /webhook/queue/publish/…` as @forge/events expects: 201 on success (validators.js). */
  push(rawBody: string): LocalResponse {
    if (this.hasClosed()) return errorMessage(503, 'The local host has stopped.');
    if (Buffer.byteLength(rawBody) > MAX_PUSH_BYTES + 4096) {
      return errorMessage(413, `The push request exceeds ${MAX_PUSH_BYTES / 1024} KB.`);
    }
    const parsed = pushRequestSchema.safeParse(parseJson(rawBody));
    if (!parsed.success) return errorMessage(400, `Invalid push request: ${parsed.error.message}`);
    const { queueName, jobId, payload } = parsed.data;
    if (payload.length === 0) return errorMessage(400, 'No events pushed.');
    if (payload.length > MAX_EVENTS_PER_PUSH) {
      return errorMessage(400, `A push may contain at most ${MAX_EVENTS_PER_PUSH} events.`);
    }
    if (Buffer.byteLength(JSON.stringify(payload)) > MAX_PUSH_BYTES) {
      return errorMessage(413, `The events exceed ${MAX_PUSH_BYTES / 1024} KB.`);
    }
    const consumers = this.deps.model.consumers.filter((c) => c.queue === queueName);
    if (consumers.length === 0) {
      this.deps.log(
        `[forge] queue "${queueName}" has no consumer in manifest.yml; ${payload.length} event(s) dropped`,
      );
    }
    const now = this.deps.clock.now().getTime();
    const deliveries = payload.flatMap((event) => {
      const eventId = randomUUID();
      return consumers.map((consumer): Delivery => ({
        consumer,
        consumerKey: consumer.moduleKey,
        queueName,
        jobId,
        eventId,
        body: event.body,
        attempts: 0,
        retryContext: undefined,
        dueAt: now + (event.delayInSeconds ?? 0) * 1000,
      }));
    });
    // Stored before the push is answered: the app acknowledges its caller (the webtrigger's 202) after this.
    this.deps.store.addJob(jobId, deliveries.map(stored));
    for (const delivery of deliveries) this.schedule(delivery);
    return jsonResponse(201, {});
  }

  /** `POST /webhook/queue/stats/…` → `{ success, inProgress, failed }` (JobProgress.getStats). */
  stats(rawBody: string): LocalResponse {
    const job = this.findJob(rawBody);
    if (!job) return errorMessage(404, 'Job not found.');
    return jsonResponse(200, {
      success: job.stats.success,
      inProgress: job.stats.inProgress,
      failed: job.stats.failed,
    });
  }

  /** `POST /webhook/queue/cancel/…` → 204; pending deliveries of the job are dropped when they come due. */
  cancel(rawBody: string): LocalResponse {
    const job = this.findJob(rawBody);
    if (!job) return errorMessage(404, 'Job not found.');
    this.deps.store.cancelJob(job.jobId);
    return emptyResponse(204);
  }

  private findJob(rawBody: string): { jobId: string; stats: JobStats } | undefined {
    const parsed = jobRequestSchema.safeParse(parseJson(rawBody));
    const stats = parsed.success ? this.deps.store.job(parsed.data.jobId) : undefined;
    return parsed.success && stats ? { jobId: parsed.data.jobId, stats } : undefined;
  }

  /** A delivery kept from an earlier run; one whose consumer left the manifest is dead-lettered, never lost. */
  private resume(delivery: StoredDelivery): void {
    const consumer = this.deps.model.consumers.find((c) => c.moduleKey === delivery.consumerKey);
    if (consumer === undefined) {
      this.deadLetter(
        delivery,
        delivery.attempts,
        `manifest.yml has no consumer "${delivery.consumerKey}" any more`,
      );
      return;
    }
    this.schedule({ ...delivery, consumer });
  }

  private schedule(delivery: Delivery): void {
    this.deps.tasks.add({
      dueAt: delivery.dueAt,
      label: `${delivery.queueName}/${delivery.eventId} → ${delivery.consumer.moduleKey}`,
      run: () => this.attempt(delivery),
    });
  }

  private async attempt(delivery: Delivery): Promise<void> {
    if (this.hasClosed()) return;
    if (this.deps.store.job(delivery.jobId)?.cancelled === true) {
      this.deps.store.finish(delivery, 'cancelled');
      return;
    }
    const fn = this.deps.model.functions.get(delivery.consumer.functionKey);
    const event = {
      body: delivery.body,
      queueName: delivery.queueName,
      jobId: delivery.jobId,
      eventId: delivery.eventId,
      ...(delivery.retryContext ? { retryContext: delivery.retryContext } : {}),
    };
    try {
      const result = await this.deps.invoke(
        {
          moduleKey: delivery.consumer.moduleKey,
          moduleType: 'consumer',
          functionKey: delivery.consumer.functionKey,
          accountId: undefined,
          limitSeconds: fn?.timeoutSeconds ?? DEFAULT_CONSUMER_TIMEOUT_SECONDS,
        },
        event,
        { installContext: this.deps.installContext },
      );
      if (this.hasClosed()) return;
      const retry = asRetryRequest(result);
      if (!retry) {
        this.deps.store.finish(delivery, 'succeeded');
        return;
      }
      this.failed(
        delivery,
        retry.retryReason,
        retry.retryData,
        retry.retryAfterSeconds,
        'InvocationError returned',
      );
    } catch (error) {
      if (this.hasClosed()) return;
      const timedOut = error instanceof ForgeInvocationError && error.code === 'FUNCTION_TIME_OUT';
      const backoff = Math.min(BACKOFF_MAX_SECONDS, BACKOFF_BASE_SECONDS * 2 ** delivery.attempts);
      // [inferred] reason codes follow InvocationErrorCode in @forge/events.
      const reason = timedOut ? 'FUNCTION_TIME_OUT' : 'FUNCTION_PLATFORM_UNKNOWN_ERROR';
      this.failed(delivery, reason, undefined, backoff, String(error));
    }
  }

  private failed(
    delivery: Delivery,
    reason: string,
    retryData: unknown,
    delaySeconds: number,
    detail: string,
  ): void {
    const attempts = delivery.attempts + 1;
    if (attempts >= this.deps.maxAttempts) {
      this.deadLetter(delivery, attempts, detail);
      return;
    }
    const next: Delivery = {
      ...delivery,
      attempts,
      retryContext: { retryCount: attempts, retryReason: reason, retryData },
      dueAt: this.deps.clock.now().getTime() + delaySeconds * 1000,
    };
    this.deps.store.reschedule(stored(next));
    this.schedule(next);
  }

  private deadLetter(delivery: StoredDelivery, attempts: number, detail: string): void {
    this.deps.store.deadLetter({
      queueName: delivery.queueName,
      consumerKey: delivery.consumerKey,
      jobId: delivery.jobId,
      eventId: delivery.eventId,
      body: delivery.body,
      attempts,
      lastError: detail,
      failedAt: this.deps.clock.now().toISOString(),
    });
    this.deps.log(`[forge] event ${delivery.eventId} dead-lettered after ${attempts} attempts: ${detail}`);
  }
}

/** The stored part of a delivery (the consumer module is looked up again from the manifest on the next start). */
function stored({ consumer: _consumer, ...delivery }: Delivery): StoredDelivery {
  return delivery;
}
