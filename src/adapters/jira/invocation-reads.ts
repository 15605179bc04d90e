/**
 * What one invocation has already read from Jira, so each thing is read once per invocation: the issue
 * snapshot, the approvals page, a group's members. A read is remembered per reader (the app, or the one
 * user the invocation acts for) and only ever served back to that reader: Jira and JSM answer each caller
 * with its own permissions (`canAnswerApproval` is relative to the caller, docs/platform-assumptions.md; fields and
 * issues a customer may not see), so a user's read stands in neither for the app's nor for anyone
 * else's. A write forgets the thing for every reader, whoever wrote it. Built once per invocation (see
 * src/entry/app-wiring.ts) and dropped with it; nothing here outlives the invocation.
 */
import type { IssueSnapshot, JiraPerson } from '../../app/ports/jira-port';

/** `app`, or `user:<accountId>`. */
export type Reader = 'app' | `user:${string}`;

export const APP_READER: Reader = 'app';
export const userReader = (accountId: string): Reader => `user:${accountId}`;

/**
 * A bound on what one invocation keeps (a sweep over a thousand CRs reads a thousand approval pages, each
 * needed once): the oldest reads are dropped first and would simply be read again.
 */
const MAX_ENTRIES = 500;

export class ReadMemo<T> {
  private readonly entries = new Map<string, { id: string; value: Promise<T> }>();

  /** The remembered read of `id` by `reader`, or `load()` remembered for it (a failed read is not kept). */
  read(reader: Reader, id: string, load: () => Promise<T>): Promise<T> {
    const key = `${reader} ${id}`;
    const known = this.entries.get(key);
    if (known !== undefined) return known.value.then(copyOf);
    const value = load();
    if (this.entries.size >= MAX_ENTRIES) {
      const oldest = this.entries.keys().next();
      if (oldest.done !== true) this.entries.delete(oldest.value);
    }
    this.entries.set(key, { id, value });
    void value.catch(() => {
      if (this.entries.get(key)?.value === value) this.entries.delete(key);
    });
    return value.then(copyOf);
  }

  has(reader: Reader, id: string): boolean {
    return this.entries.has(`${reader} ${id}`);
  }

  /** Forgets every reader's read of `id`: the invocation wrote it, or may have. */
  forget(id: string): void {
    for (const [key, entry] of this.entries) if (entry.id === id) this.entries.delete(key);
  }
}

/** Every caller gets its own copy, so no use case can change what another one reads. */
function copyOf<T>(value: T): T {
  return structuredClone(value);
}

export interface InvocationReads {
  issues: ReadMemo<IssueSnapshot | null>;
  /** The raw JSM approval pages, by issue key. */
  approvals: ReadMemo<unknown>;
  /** Group members read from Jira now, by group id. */
  groups: ReadMemo<JiraPerson[]>;
  /** Group members as a short-lived cache across invocations holds them (recent-group-members.ts). */
  recentGroups: ReadMemo<JiraPerson[]>;
  /** Comment bodies by `<issueKey>/<commentId>`: read, or written by this invocation (a comment never changes). */
  comments: ReadMemo<unknown>;
}

export function createInvocationReads(): InvocationReads {
  return {
    issues: new ReadMemo(),
    approvals: new ReadMemo(),
    groups: new ReadMemo(),
    recentGroups: new ReadMemo(),
    comments: new ReadMemo(),
  };
}
