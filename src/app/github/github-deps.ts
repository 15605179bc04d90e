import type { AppDeps } from '../app-deps';
import type {
  DeliveryLogPort,
  DraftJiraPort,
  GitHubJobQueuePort,
  GitHubStatusPort,
  PendingDeliveryPort,
  PullRequestIndexPort,
  UnmappedDraftIndexPort,
} from './github-ports';

/** What the GitHub consumer's use cases run against (src/entry wires the adapters). */
export interface GitHubDeps {
  app: AppDeps;
  drafts: DraftJiraPort;
  index: PullRequestIndexPort;
  status: GitHubStatusPort;
  log: DeliveryLogPort;
  queue: GitHubJobQueuePort;
  unmappedDrafts: UnmappedDraftIndexPort;
  /** Deliveries acknowledged but not done (src/app/github/redrive-deliveries.ts). */
  pending: PendingDeliveryPort;
}

/** What a job did, for the delivery log; 'retry' asks the queue to deliver it again later. */
export type JobResult =
  | { outcome: 'done' | 'ignored'; reason: string; issueKey: string | null }
  | { outcome: 'retry'; reason: string; retryAfterSeconds: number };
