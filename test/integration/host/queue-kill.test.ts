/**
 * A host killed with SIGKILL (no close, no drain) loses no acknowledged async event: the next host on the same
 * data delivers what was pending, delayed or in flight (at-least-once: the interrupted delivery comes again).
 */
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Readable } from 'node:stream';
import { z } from 'zod';
import type { StartedHost } from './host-harness';
import {
  advanceClock,
  deliveriesOf,
  pushVia,
  QUEUE_APP,
  startQueueHost,
  waitUntil,
} from './queue-restart-harness';

const HOST_PROCESS = join(__dirname, 'fixtures', 'queue-host-process.ts');
// tsx's loader in the host's own process: the tsx CLI would run the host in a child of its own, which SIGKILL on
// the CLI leaves running.
const TSX_LOADER = pathToFileURL(require.resolve('tsx')).href;
const ReadySchema = z.object({ url: z.string(), webtriggers: z.record(z.string(), z.string()) });

type HostProcess = ChildProcessByStdio<null, Readable, Readable>;

/** Starts the host in its own process and waits for its `{ url, webtriggers }` line. */
function spawnHost(dataDir: string): Promise<{ child: HostProcess; ready: z.infer<typeof ReadySchema> }> {
  const child = spawn(process.execPath, ['--import', TSX_LOADER, HOST_PROCESS, dataDir, QUEUE_APP], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolveReady, reject) => {
    let out = '';
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n')[0];
      if (out.includes('\n') && line !== undefined)
        resolveReady({ child, ready: ReadySchema.parse(JSON.parse(line)) });
    });
    child.once('exit', (code) => {
      reject(new Error(`host process exited (${String(code)}) before it was ready: ${err}`));
    });
  });
}

function kill(child: HostProcess): Promise<void> {
  return new Promise((resolveExit) => {
    child.once('exit', () => {
      resolveExit();
    });
    child.kill('SIGKILL');
  });
}

async function probe(url: string, keys: string[]): Promise<Record<string, unknown>> {
  const response = await fetch(url, { method: 'POST', body: JSON.stringify({ keys }) });
  return z.record(z.string(), z.unknown()).parse(await response.json());
}

describe('async events after the host process is killed', () => {
  let after: StartedHost | undefined;
  afterAll(async () => {
    await after?.stop();
  });

  it('delivers the pending, delayed, retried and interrupted deliveries on the next start', async () => {
    // Given a host process with a retry waiting, a consumer busy with an event and a delayed event
    const dataDir = mkdtempSync(join(tmpdir(), 'acab-kill-'));
    const { child, ready } = await spawnHost(dataDir);
    const enqueue = ready.webtriggers['enqueue-hook'] ?? '';
    const probeUrl = ready.webtriggers['probe-hook'] ?? '';
    const settle = () => fetch(`${ready.url}/_local/settle`, { method: 'POST' });
    expect(await pushVia(enqueue, 'work', [{ body: { id: 'k-retry', failBelowRetry: 1 } }])).toBe(202);
    await settle();
    expect(await pushVia(enqueue, 'gated', [{ body: { id: 'k-busy' } }])).toBe(202);
    const settling = settle().catch(() => undefined);
    await waitUntil(
      async () => (await probe(probeUrl, ['deliveries:k-busy']))['deliveries:k-busy'] !== null,
      'the gated consumer has started',
    );
    expect(await pushVia(enqueue, 'work', [{ body: { id: 'k-later' }, delayInSeconds: 600 }])).toBe(202);

    // When the process is killed and a host starts again on its data
    await kill(child);
    await settling;
    after = await startQueueHost({ dataDir, startAt: new Date() });
    after.host.kvs.set({ area: 'kvs' }, 'release:k-busy', true);
    await after.host.settle();

    // Then the interrupted delivery comes again and finishes; the delayed one waits for its time
    expect(deliveriesOf(after, 'k-busy').map((d) => d.retryCount)).toEqual([0, 0]);
    expect(after.host.kvs.get({ area: 'kvs' }, 'done:k-busy')).toMatchObject({ value: true });
    expect(deliveriesOf(after, 'k-later')).toEqual([]);
    // And the retry and the delayed event arrive once the clock has moved past them
    await advanceClock(after, 11);
    expect(deliveriesOf(after, 'k-retry').map((d) => d.retryCount)).toEqual([0, 1]);
    expect(deliveriesOf(after, 'k-later')).toHaveLength(1);
  });
});
