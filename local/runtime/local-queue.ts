import { randomUUID } from 'node:crypto';

import { z } from 'zod';

import type { LocalClock } from '../core/clock';
import { emptyResponse, jsonResponse, type LocalResponse } from '../core/http-types';
import type { DueTaskList } from './due-tasks';
import { ForgeInvocationError } from './forge-invocation-error';
import { asRetryRequest } from './invocation-error-result';
import type { Invoke } from './invoker';
import type { ConsumerModule, ForgeAppModel } from './manifest-model';

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

interface RetryContext {
  retryCount: number;
  retryReason: string;
  retryData: unknown;
}

interface Delivery {
  consumer: ConsumerModule;
  queueName: string;
  jobId: string;
  eventId: string;
  body: Record<string, unknown>;
  attempts: number;
  retryContext: RetryContext | undefined;
}

interface JobStats {
  success: number;
  inProgress: number;
  failed: number;
  cancelled: boolean;
}

export interface LocalQueueDeps {
  model: ForgeAppModel;
  clock: LocalClock;
  tasks: DueTaskList;
  invoke: Invoke;
  installContext: string;
  /** Failed attempts (thrown, timed out or InvocationError) after which an event is dead-lettered. */
  maxAttempts: number;
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

/** The local stand-in for Forge's async events service: `Queue.push` in, consumer invocations out. */
export class LocalQueue {
  private readonly dead: DeadLetter[] = [];
  private readonly jobs = new Map<string, JobStats>();

  constructor(private readonly deps: LocalQueueDeps) {}

  deadLetters(): DeadLetter[] {
    return [...this.dead];
  }

  /** Answers `POST /webhook/queue/publish/…` as @forge/events expects: 201 on success (validators.js). */
  push(rawBody: string): LocalResponse {
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
    const stats: JobStats = { success: 0, inProgress: 0, failed: 0, cancelled: false };
    this.jobs.set(jobId, stats);
    const now = this.deps.clock.now().getTime();
    for (const event of payload) {
      const eventId = randomUUID();
      for (const consumer of consumers) {
        stats.inProgress += 1;
        const delivery: Delivery = {
          consumer,
          queueName,
          jobId,
          eventId,
          body: event.body,
          attempts: 0,
          retryContext: undefined,
        };
        this.schedule(delivery, now + (event.delayInSeconds ?? 0) * 1000);
      }
    }
    return jsonResponse(201, {});
  }

  /** `POST /webhook/queue/stats/…` → `{ success, inProgress, failed }` (JobProgress.getStats). */
  stats(rawBody: string): LocalResponse {
    const job = this.findJob(rawBody);
    if (!job) return errorMessage(404, 'Job not found.');
    return jsonResponse(200, { success: job.success, inProgress: job.inProgress, failed: job.failed });
  }

  /** `POST /webhook/queue/cancel/…` → 204; pending deliveries of the job are dropped when they come due. */
  cancel(rawBody: string): LocalResponse {
    const job = this.findJob(rawBody);
    if (!job) return errorMessage(404, 'Job not found.');
    job.cancelled = true;
    return emptyResponse(204);
  }

  private findJob(rawBody: string): JobStats | undefined {
    const parsed = jobRequestSchema.safeParse(parseJson(rawBody));
    return parsed.success ? this.jobs.get(parsed.data.jobId) : undefined;
  }

  private schedule(delivery: Delivery, dueAt: number): void {
    this.deps.tasks.add({
      dueAt,
      label: `${delivery.queueName}/${delivery.eventId} → ${delivery.consumer.moduleKey}`,
      run: () => this.attempt(delivery),
    });
  }

  private async attempt(delivery: Delivery): Promise<void> {
    const stats = this.jobs.get(delivery.jobId);
    if (stats?.cancelled === true) {
      stats.inProgress -= 1;
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
      const retry = asRetryRequest(result);
      if (!retry) {
        if (stats) {
          stats.inProgress -= 1;
          stats.success += 1;
        }
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
      const stats = this.jobs.get(delivery.jobId);
      if (stats) {
        stats.inProgress -= 1;
        stats.failed += 1;
      }
      this.dead.push({
        queueName: delivery.queueName,
        consumerKey: delivery.consumer.moduleKey,
        jobId: delivery.jobId,
        eventId: delivery.eventId,
        body: delivery.body,
        attempts,
        lastError: detail,
        failedAt: this.deps.clock.now().toISOString(),
      });
      this.deps.log(`[forge] event ${delivery.eventId} dead-lettered after ${attempts} attempts: ${detail}`);
      return;
    }
    const next: Delivery = {
      ...delivery,
      attempts,
      retryContext: { retryCount: attempts, retryReason: reason, retryData },
    };
    this.schedule(next, this.deps.clock.now().getTime() + delaySeconds * 1000);
  }
}
