/** What the deadline sweeps need beyond AppDeps; adapters in src/adapters. */

/** One page of CRs waiting for approval, from the ledger's `by-status-deadline` index. */
export interface AwaitingApprovalPage {
  issueKeys: string[];
  nextCursor: string | undefined;
}

export interface AwaitingApprovalIndex {
  /** Pages through every ledger entry in status 'awaiting-approval', earliest deadline first. */
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
  /** Reminder times already acted on, as `<groupId>@<ISO instant>` (routing's `reminderTimes`). */
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
  saveState(issueKey: string, state: SweepState): Promise<void>;
  /** One key per person, so concurrent objections never overwrite each other. */
  recordObjection(issueKey: string, objection: Objection): Promise<void>;
  objections(issueKey: string): Promise<Objection[]>;
}

export interface IssuePropertyPort {
  /** Sets (replaces) an issue entity property as the app; indexed by the manifest's `jira:entityProperty`. */
  setIssueProperty(issueKey: string, propertyKey: string, value: unknown): Promise<void>;
}
