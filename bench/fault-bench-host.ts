/**
 * The fault bench's local host, in a child process (bench/fixtures/fault-host-process.ts) driven over its
 * HTTP endpoints (`/_local/faults`, `/_local/clock`, `/_local/settle`), so it can be killed like a crash.
 */
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import { join } from 'node:path';
import type { Readable } from 'node:stream';

const HOST_PROCESS = join(__dirname, 'fixtures', 'fault-host-process.ts');

type Child = ChildProcessByStdio<null, Readable, Readable>;

export class HostProcess {
  /** The app's Jira calls counted by every host process of the run so far. */
  static jiraCalls = 0;
  private exited = false;

  private constructor(
    private readonly child: Child,
    readonly url: string,
    readonly webhook: string,
  ) {
    child.once('exit', () => {
      this.exited = true;
    });
  }

  /** Starts a host on `dataDir` with its clock at `startAt`; `seed` saves the bench's policy and token. */
  static start(dataDir: string, startAt: Date, seed: boolean): Promise<HostProcess> {
    const args = ['--import', 'tsx', HOST_PROCESS, dataDir, startAt.toISOString(), ...(seed ? ['seed'] : [])];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    return new Promise((resolveStart, reject) => {
      let out = '';
      let err = '';
      child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const newline = out.indexOf('\n');
        if (newline < 0) return;
        const ready = JSON.parse(out.slice(0, newline)) as { url: string; webhook?: string };
        if (ready.webhook === undefined) reject(new Error('the host has no github-webhook webtrigger'));
        else resolveStart(new HostProcess(child, ready.url, ready.webhook));
      });
      child.once('exit', (code) => {
        reject(new Error(`the host process exited (${String(code)}) before it served: ${err}`));
      });
    });
  }

  async faults(body: unknown): Promise<void> {
    const answer = await this.post('/_local/faults', body);
    if (answer.status !== 200)
      throw new Error(`faults answered ${String(answer.status)}: ${await answer.text()}`);
  }

  async faultState(): Promise<unknown> {
    return (await fetch(`${this.url}/_local/faults`)).json();
  }

  async settle(): Promise<void> {
    await (await this.post('/_local/settle', {})).arrayBuffer();
  }

  /** Moves the host clock on and runs what came due. */
  async advance(minutes: number): Promise<void> {
    const answer = await this.post('/_local/clock', { advanceMinutes: minutes });
    if (answer.status !== 200) throw new Error(`clock answered ${String(answer.status)}`);
    await answer.arrayBuffer();
  }

  async clock(): Promise<Date> {
    const body = (await (await fetch(`${this.url}/_local/clock`)).json()) as { now: string };
    return new Date(body.now);
  }

  /** SIGKILL while the host runs queued work: nothing is closed or drained. */
  async killWhileWorking(): Promise<void> {
    await this.countCalls();
    const working = this.post('/_local/settle', {}).catch(() => undefined);
    await new Promise((resolveWait) => setTimeout(resolveWait, 300));
    await this.signal('SIGKILL');
    await working;
  }

  async stop(): Promise<void> {
    if (this.exited) return;
    await this.countCalls();
    await this.signal('SIGTERM');
  }

  private async countCalls(): Promise<void> {
    const calls = (await (await fetch(`${this.url}/_local/jira-calls`)).json()) as { caller: string }[];
    HostProcess.jiraCalls += calls.filter((call) => call.caller === 'app').length;
  }

  private signal(signal: NodeJS.Signals): Promise<void> {
    if (this.exited) return Promise.resolve();
    return new Promise((resolveExit) => {
      this.child.once('exit', () => {
        resolveExit();
      });
      this.child.kill(signal);
    });
  }

  private post(path: string, body: unknown): Promise<Response> {
    return fetch(`${this.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  }
}
