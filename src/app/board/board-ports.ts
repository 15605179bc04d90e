/** What the Async CAB page and gadget read (docs/architecture.md, flow 7): the ledger's indexes, and Jira as the viewer. */
import type { AppDeps } from '../app-deps';
import type { SweepStore } from '../ports/sweep-ports';
import type { LedgerEntry } from '../ports/store-ports';

/** The ledger's open change requests, read from its indexes (read-only). */
export interface OpenChangesIndex {
  /**
   * Every change request not decided yet (waiting for answers, needs attention, awaiting approval,
   * implemented before approval), and the approved ones whose latest deadline is at or after
   * `approvedSince` (a stale approval is among those). At most `limit`, earliest deadline first per status;
   * `truncated` when more were left unread.
   */
  openEntries(options: {
    approvedSince: Date;
    limit: number;
  }): Promise<{ entries: LedgerEntry[]; truncated: boolean }>;
}

/** Jira and JSM as the person looking at the board (asUser), so they see only what Jira lets them. */
export interface BoardViewerPort {
  /** JSM's own list of the requests pending this person's approval; `complete` false when cut short. */
  pendingApprovalKeys(): Promise<{ issueKeys: string[]; complete: boolean }>;
  /** Whether the person may browse the project (Jira's BROWSE_PROJECTS in it). */
  mayBrowseProject(projectKey: string): Promise<boolean>;
  /**
   * The summaries of these issues as the person sees them (one search): the ledger keeps no summary for a
   * change request whose CAB answers are incomplete. Issues they may not see are left out.
   */
  summariesOf(issueKeys: readonly string[]): Promise<ReadonlyMap<string, string>>;
}

export interface BoardDeps {
  app: AppDeps;
  index: OpenChangesIndex;
  viewer: BoardViewerPort;
  objections: SweepStore['objections'];
}
