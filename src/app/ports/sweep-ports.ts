/** What the deadline sweeps need beyond AppDeps; adapters in src/adapters. */

/** One page of CRs waiting for approval, from the ledger's indexes. */
export interface AwaitingApprovalPage {
  issueKeys: string[];
  /**
   * Of these, the entries stored before the ledger kept `nextDueAt`: they are in no `by-next-due` page
   * until they are reindexed (SweepStore.reindex).
   */
  unindexed: string[];
  nextCursor: string | undefined;
}

export interface AwaitingApprovalIndex {
  /**
   * The CRs waiting for approval whose next due moment (src/domain/routing/next-due-at.ts) is at or before
   * `now`, earliest first: the deadline sweep's work, so a tick with nothing due reads no more than this.
   */
  due(now: Date, cursor: string | undefined): Promise<AwaitingApprovalPage>;
  /** Every ledger entry in status 'awaiting-approval', earliest deadline first (the hourly reconcile). */
  page(cursor: string | undefined): Promise<AwaitingApprovalPage>;
}

export interface SentReminder {
  accountId: string;
  displayName: string;
  groupId: string;
  /** When the reminder went out (the sweep's `now`). */
  at: string;
}

/** Per-CR sweep bookkeeping, so a second sweep run never sends a reminder twice. */
export interface SweepState {
  reminders: SentReminder[];
  /**
   * Moments already acted on (src/domain/routing/next-due-at.ts): reminder times as
   * `<groupId>@<ISO instant>` (routing's `reminderTimes`), deadlines that passed without an escalation, a
   * silence window that closed with an objection.
   */
  handled: string[];
}

export interface Objection {
  accountId: string;
  displayName: string;
  at: string;
  reason: string;
}

export interface SweepStore {
  state(issueKey: string): Promise<SweepState>;
  /** Saves the state and, with it, the CR's indexed next due moment, so the two never disagree. */
  saveState(issueKey: string, state: SweepState): Promise<void>;
  /** Recomputes the CR's indexed next due moment from what is stored (entries from before the index). */
  reindex(issueKey: string): Promise<void>;
  /** One key per person, so concurrent objections never overwrite each other. */
  recordObjection(issueKey: string, objection: Objection): Promise<void>;
  objections(issueKey: string): Promise<Objection[]>;
}

export interface IssuePropertyPort {
  /** Sets (replaces) an issue entity property as the app; indexed by the manifest's `jira:entityProperty`. */
  setIssueProperty(issueKey: string, propertyKey: string, value: unknown): Promise<void>;
}

export interface ApprovalStatusSearch {
  /**
   * Of these issues, the ones whose Jira status is none of `statuses`: one JQL search (and its further
   * pages, if any). Throws UpstreamError with Jira's status when Jira refuses the query.
   */
  notInStatuses(issueKeys: readonly string[], statuses: readonly string[]): Promise<string[]>;
}

/**
 * A CR with steps begun and not all done (docs/architecture.md, "Resumable steps"): one per CR, kept in line
 * with its ledger entry by every ledger write (src/app/lifecycle/unfinished-work.ts says what it holds).
 */
export interface UnfinishedWork {
  issueKey: string;
  /** Which use cases have steps left. */
  parts: ('routing' | 'publishing' | 'review')[];
  /** Their steps, for a person reading the store; the ledger entry is what a resume works from. */
  pending: string[];
  since: string;
  /** Every part was given up (the change managers were told): the reconcile leaves it alone. */
  givenUp: boolean;
}

export interface UnfinishedWorkIndex {
  /** Every CR with unfinished steps, a page at a time (the hourly reconcile). */
  page(cursor: string | undefined): Promise<{ items: UnfinishedWork[]; nextCursor: string | undefined }>;
}
