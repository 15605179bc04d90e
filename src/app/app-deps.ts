import type { EmergencyJiraPort } from './ports/emergency-ports';
import type { FiguresRollupStore, LedgerScan } from './ports/figures-ports';
import type { JiraAppPort } from './ports/jira-port';
import type { IssuePropertyPort } from './ports/sweep-ports';
import type {
  ChatPort,
  Clock,
  LedgerRepository,
  PolicyRepository,
  PullRequestStatusPort,
} from './ports/store-ports';

/** What the app's use cases run against; src/entry wires the real adapters, tests may wire the local host. */
export interface AppDeps {
  jira: JiraAppPort;
  ledger: LedgerRepository;
  policies: PolicyRepository;
  chat: ChatPort;
  clock: Clock;
  /** The app's indexed issue properties (the overdue flag, the review's tie to its CR). */
  properties: IssuePropertyPort;
  /**
   * Told when a CR with a linked pull request was routed or decided, so the PR's commit status follows.
   * Optional: deployments and tests without GitHub leave it out.
   */
  pullRequestStatus?: PullRequestStatusPort;
  /** Request type lookups and the post-implementation review issue. */
  emergency?: EmergencyJiraPort;
  /**
   * The board's weekly figures, fed as decisions are published (src/app/figures/record-decided-change.ts).
   * Optional: tests without the board leave it out.
   */
  figures?: FiguresRollupStore;
  /**
   * The ledger by routing time, to tell approvers of the freezes and clashes of a window when a CR is routed
   * to them (src/app/window-flags-for-approvers.ts). Optional: without it the email names none.
   */
  ledgerScan?: LedgerScan;
}
