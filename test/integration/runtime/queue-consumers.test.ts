import { anyText, createHarness, DANA, textContaining, type Harness } from './runtime-harness';

async function enqueue(h: Harness, queue: string, bodies: Record<string, unknown>[]): Promise<unknown> {
  return h.runtime.invokeResolver({
    moduleKey: 'fixture-panel',
    functionKey: 'enqueue',
    accountId: DANA,
    payload: { queue, bodies },
  });
}

/** Moves the clock past every backoff step and runs what became due, `rounds` times. */
async function advanceAndDrain(h: Harness, minutes: number, rounds: number): Promise<void> {
  for (let i = 0; i < rounds; i += 1) {
    await h.clock.advance(minutes);
    await h.runtime.drainQueues();
  }
}

describe('local queue: at-least-once delivery to consumer modules', () => {
  let h: Harness;
  beforeEach(() => {
    h = createHarness();
  });
  afterEach(() => {
    h.dispose();
  });

  it('given a consumer that fails twice, when retries come due, then the third delivery succeeds with retryCount 2', async () => {
    await enqueue(h, 'flaky-jobs', [{ id: 'cr-1' }]);

    await h.runtime.drainQueues();
    expect(h.kvs.has('attempt:cr-1:0')).toBe(true);
    expect(h.kvs.has('attempt:cr-1:1')).toBe(false);

    // Not due yet: backoff is measured on the LocalClock, not real time.
    await h.runtime.drainQueues();
    expect(h.kvs.has('attempt:cr-1:1')).toBe(false);

    await advanceAndDrain(h, 1, 2);

    expect(h.kvs.get('attempt:cr-1:1')).toEqual({ reason: 'FUNCTION_PLATFORM_UNKNOWN_ERROR' });
    expect(h.kvs.get('done:cr-1')).toEqual({ retryCount: 2, eventId: anyText() });
    expect(h.runtime.deadLetters()).toEqual([]);
  });

  it('given a consumer that always fails, when it has failed 5 times, then the event is dead-lettered', async () => {
    await enqueue(h, 'doomed-jobs', [{ id: 'cr-9' }]);

    await h.runtime.drainQueues();
    await advanceAndDrain(h, 15, 6);

    expect(h.runtime.deadLetters()).toEqual([
      expect.objectContaining({
        queueName: 'doomed-jobs',
        consumerKey: 'doomed-consumer',
        body: { id: 'cr-9' },
        attempts: 5,
        lastError: textContaining('cannot process cr-9'),
      }),
    ]);
  });

  it('given several events in one push, when drained, then each is delivered to its consumer', async () => {
    await enqueue(h, 'flaky-jobs', [{ id: 'a' }, { id: 'b' }]);

    await h.runtime.drainQueues();

    expect(h.kvs.has('attempt:a:0')).toBe(true);
    expect(h.kvs.has('attempt:b:0')).toBe(true);
  });

  it('given more than 50 events, when pushed, then @forge/events refuses the push and nothing is queued', async () => {
    const bodies = Array.from({ length: 51 }, (_, i) => ({ id: `e${i}` }));

    await expect(enqueue(h, 'flaky-jobs', bodies)).rejects.toMatchObject({ code: 'FUNCTION_ERR' });
    expect(await h.runtime.drainQueues()).toBe(0);
  });
});

describe('local queue: consumer time limits', () => {
  it('given a consumer past its timeoutSeconds, when it times out, then the event is redelivered', async () => {
    // limitsScale 0.001: the function's 120 s timeoutSeconds takes 120 ms of real time.
    const h = createHarness({ overrides: { limitsScale: 0.001 } });
    await enqueue(h, 'slow-jobs', [{ id: 'slow-1' }]);

    await h.runtime.drainQueues();
    expect(h.kvs.has('redelivered:slow-1')).toBe(false);
    await advanceAndDrain(h, 1, 1);

    expect(h.kvs.get('redelivered:slow-1')).toEqual({ reason: 'FUNCTION_TIME_OUT' });
    h.dispose();
  });
});
