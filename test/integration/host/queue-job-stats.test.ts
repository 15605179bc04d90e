/**
 * `Queue.getJob(jobId).getStats()` answers from the host's data, so a job's counts carry on across a restart
 * (docs/platform-assumptions.md, "Async events: a pushed event is kept until it is consumed").
 */
import { z } from 'zod';
import type { StartedHost } from './host-harness';
import { advanceClock, startQueueHost, webtriggerUrl, type PushedEvent } from './queue-restart-harness';

const StatsSchema = z.object({ success: z.number(), inProgress: z.number(), failed: z.number() });

async function pushJob(started: StartedHost, events: PushedEvent[]): Promise<string> {
  const response = await fetch(webtriggerUrl(started.host, 'enqueue-hook'), {
    method: 'POST',
    body: JSON.stringify({ queue: 'work', events }),
  });
  return z.object({ jobId: z.string() }).parse(await response.json()).jobId;
}

async function statsOf(started: StartedHost, jobId: string): Promise<z.infer<typeof StatsSchema>> {
  const response = await fetch(webtriggerUrl(started.host, 'job-stats-hook'), {
    method: 'POST',
    body: JSON.stringify({ queue: 'work', jobId }),
  });
  return StatsSchema.parse(await response.json());
}

describe('job stats across a restart of the local host', () => {
  let current: StartedHost | undefined;
  afterEach(async () => {
    await current?.stop();
    current = undefined;
  });

  it('keeps what a job has done and what it still has to do', async () => {
    // Given a job of three events: one consumed, one dead-lettered after its 4 retries (10 s to 80 s apart), one
    // delayed by 15 minutes
    const before = await startQueueHost();
    current = before;
    const jobId = await pushJob(before, [
      { body: { id: 's-1' } },
      { body: { id: 's-2', failBelowRetry: 99 } },
      { body: { id: 's-3' }, delayInSeconds: 900 },
    ]);
    await before.host.settle();
    for (let i = 0; i < 4; i += 1) await advanceClock(before, 2);
    expect(await statsOf(before, jobId)).toEqual({ success: 1, inProgress: 1, failed: 1 });

    // When the host restarts on the same data
    await before.stop({ keepData: true });
    const after = await startQueueHost({ dataDir: before.dataDir });
    current = after;

    // Then the counts are where they were, and the delayed event completes the job once it is due
    expect(await statsOf(after, jobId)).toEqual({ success: 1, inProgress: 1, failed: 1 });
    await advanceClock(after, 15);
    expect(await statsOf(after, jobId)).toEqual({ success: 2, inProgress: 0, failed: 1 });
  });
});
