/**
 * The local host's async events (pending, delayed and retried deliveries, dead letters) live in its SQLite data
 * and survive a restart on the same data folder (docs/platform-assumptions.md, "Async events: a pushed event is
 * kept until it is consumed").
 */
import type { StartedHost } from './host-harness';
import {
  advanceClock,
  deadLetters,
  deliveriesOf,
  push,
  START,
  startQueueHost,
  waitUntil,
} from './queue-restart-harness';

const textContaining = (text: string): unknown => expect.stringContaining(text);

describe('async events across a restart of the local host', () => {
  const running: StartedHost[] = [];
  async function restart(previous: StartedHost, options: { reset?: boolean } = {}): Promise<StartedHost> {
    await previous.stop({ keepData: true });
    const next = await startQueueHost({ dataDir: previous.dataDir, ...options });
    running.push(next);
    return next;
  }
  async function first(): Promise<StartedHost> {
    const started = await startQueueHost();
    running.push(started);
    return started;
  }
  afterEach(async () => {
    const last = running.pop();
    running.length = 0;
    await last?.stop();
  });

  it('delivers an event acknowledged before the host closed, after it starts again, and only once', async () => {
    // Given an event pushed (202) and not yet consumed when the host closes
    const before = await first();
    expect(await push(before, 'work', [{ body: { id: 'e-1' } }])).toBe(202);
    expect(deliveriesOf(before, 'e-1')).toEqual([]);

    // When the host starts again on the same data and settles
    const after = await restart(before);
    await after.host.settle();

    // Then the consumer got it once; a further restart does not deliver it again
    expect(deliveriesOf(after, 'e-1')).toEqual([expect.objectContaining({ retryCount: 0 })]);
    const again = await restart(after);
    expect(await again.host.settle()).toBe(0);
    await advanceClock(again, 60);
    expect(deliveriesOf(again, 'e-1')).toHaveLength(1);
  });

  it('keeps a redelivery with its retry count, due on the host clock after its backoff', async () => {
    // Given a consumer that failed the first delivery, so a retry waits its backoff
    const before = await first();
    await push(before, 'work', [{ body: { id: 'e-2', failBelowRetry: 1 } }]);
    await before.host.settle();
    const [failed] = deliveriesOf(before, 'e-2');
    expect(failed).toMatchObject({ retryCount: 0 });

    // When the host restarts: the retry is not due yet on the host clock
    const after = await restart(before);
    expect(await after.host.settle()).toBe(0);
    expect(deliveriesOf(after, 'e-2')).toHaveLength(1);

    // Then, once the clock passes the backoff, the same event comes again as retry 1
    await advanceClock(after, 1);
    expect(deliveriesOf(after, 'e-2')).toEqual([
      failed,
      expect.objectContaining({ retryCount: 1, eventId: failed?.eventId, jobId: failed?.jobId }),
    ]);
  });

  it('keeps a delayed delivery waiting until it is due', async () => {
    // Given an event pushed with delayInSeconds 600
    const before = await first();
    await push(before, 'work', [{ body: { id: 'e-3' }, delayInSeconds: 600 }]);
    await before.host.settle();

    // When the host restarts, nothing is delivered before the ten minutes are up
    const after = await restart(before);
    await after.host.settle();
    await advanceClock(after, 9);
    expect(deliveriesOf(after, 'e-3')).toEqual([]);

    // Then it is delivered once the clock reaches its due time
    await advanceClock(after, 2);
    const delivered = deliveriesOf(after, 'e-3');
    expect(delivered).toHaveLength(1);
    expect(Date.parse(delivered[0]?.at ?? '')).toBeGreaterThanOrEqual(START.getTime() + 600_000);
  });

  it('lists dead letters after a restart and does not deliver them again', async () => {
    // Given an event that failed every one of its 5 deliveries
    const before = await first();
    await push(before, 'work', [{ body: { id: 'e-4', failBelowRetry: 99 } }]);
    await before.host.settle();
    for (let i = 0; i < 5; i += 1) await advanceClock(before, 15);
    expect(deliveriesOf(before, 'e-4')).toHaveLength(5);

    // When the host restarts
    const after = await restart(before);

    // Then GET /_local/dead-letters still lists it, and it stays dead
    expect(await deadLetters(after)).toEqual([
      expect.objectContaining({
        queueName: 'work',
        consumerKey: 'recording-consumer',
        body: { id: 'e-4', failBelowRetry: 99 },
        attempts: 5,
        lastError: textContaining('refusing e-4 on retry 4'),
      }),
    ]);
    await advanceClock(after, 60);
    expect(deliveriesOf(after, 'e-4')).toHaveLength(5);
  });

  it('delivers again an event whose consumer was still running when the host stopped (at-least-once)', async () => {
    // Given a consumer busy with an event when the host closes
    const before = await first();
    await push(before, 'gated', [{ body: { id: 'g-1' } }]);
    const settling = before.host.settle();
    await waitUntil(() => deliveriesOf(before, 'g-1').length === 1, 'the consumer has started');
    const after = await restart(before);
    // The abandoned invocation ends at its time limit; the closed host records nothing for it.
    await settling;

    // When the restarted host settles, with the consumer now able to finish
    after.host.kvs.set({ area: 'kvs' }, 'release:g-1', true);
    await after.host.settle();

    // Then the interrupted delivery came again, as the same event, and finished
    const [interrupted, redelivered] = deliveriesOf(after, 'g-1');
    expect(redelivered).toMatchObject({ retryCount: 0, eventId: interrupted?.eventId });
    expect(deliveriesOf(after, 'g-1')).toHaveLength(2);
    expect(after.host.kvs.get({ area: 'kvs' }, 'done:g-1')).toMatchObject({ value: true });
    expect(await deadLetters(after)).toEqual([]);
  });

  it('starts with an empty queue and no dead letters when started with reset: true', async () => {
    // Given a dead letter and a delayed event kept in the data folder
    const before = await first();
    await push(before, 'work', [{ body: { id: 'e-5', failBelowRetry: 99 } }]);
    await before.host.settle();
    for (let i = 0; i < 5; i += 1) await advanceClock(before, 15);
    await push(before, 'work', [{ body: { id: 'e-6' }, delayInSeconds: 300 }]);
    expect(await deadLetters(before)).toHaveLength(1);

    // When the host starts again with reset: true
    const after = await restart(before, { reset: true });

    // Then neither is left
    expect(await deadLetters(after)).toEqual([]);
    await advanceClock(after, 10);
    expect(deliveriesOf(after, 'e-6')).toEqual([]);
  });
});
