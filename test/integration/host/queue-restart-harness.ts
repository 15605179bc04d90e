/**
 * Drives the queue fixture app (fixtures/queue-app) in the local host over HTTP: events go in through a
 * webtrigger that pushes them and answers 202, as the GitHub webhook does; what the consumers received is read
 * back from the app's KVS.
 */
import { join } from 'node:path';
import { z } from 'zod';
import type { LocalHost } from '../../../local/host/create-local-host';
import { startHost, type StartedHost } from './host-harness';
import type { LocalHostOptions } from '../../../local/host/create-local-host';

export const QUEUE_APP = join(__dirname, 'fixtures', 'queue-app');
/** Every host of a restart test starts its clock here, so due times compare across hosts. */
export const START = new Date('2026-11-24T10:30:00.000Z');

const DeliverySchema = z.object({
  retryCount: z.number(),
  eventId: z.string(),
  jobId: z.string(),
  at: z.string(),
});
export type RecordedDelivery = z.infer<typeof DeliverySchema>;

export interface PushedEvent {
  body: Record<string, unknown>;
  delayInSeconds?: number;
}

/** The queue fixture app on a fresh data folder, or on `dataDir` to play a restart. */
export function startQueueHost(options: LocalHostOptions & { dataDir?: string } = {}): Promise<StartedHost> {
  return startHost({ appRoot: QUEUE_APP, startAt: START, ...options });
}

export function webtriggerUrl(host: Pick<LocalHost, 'runtime'>, key: string): string {
  const url = host.runtime.listWebtriggers()[key];
  if (url === undefined) throw new Error(`no ${key} webtrigger`);
  return url;
}

/** POSTs events to the enqueue webtrigger at `url`; answers the webtrigger's status (202 once pushed). */
export async function pushVia(url: string, queue: string, events: PushedEvent[]): Promise<number> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ queue, events }),
  });
  return response.status;
}

export function push(started: StartedHost, queue: string, events: PushedEvent[]): Promise<number> {
  return pushVia(webtriggerUrl(started.host, 'enqueue-hook'), queue, events);
}

/** The deliveries the consumers recorded for event `id`, oldest first. */
export function deliveriesOf(started: StartedHost, id: string): RecordedDelivery[] {
  const stored = started.host.kvs.get({ area: 'kvs' }, `deliveries:${id}`);
  return stored === undefined ? [] : z.array(DeliverySchema).parse(stored.value);
}

export async function advanceClock(started: StartedHost, minutes: number): Promise<void> {
  const response = await started.call('/_local/clock', {
    method: 'POST',
    body: JSON.stringify({ advanceMinutes: minutes }),
  });
  if (response.status !== 200) throw new Error(`advancing the clock answered ${String(response.status)}`);
}

export async function deadLetters(started: StartedHost): Promise<unknown> {
  const response = await started.call('/_local/dead-letters');
  return response.json();
}

/** Polls `condition` (real time) until it holds; throws after `timeoutMs`. */
export async function waitUntil(
  condition: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = 5000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolveWait) => setTimeout(resolveWait, 10));
  }
}
