/**
 * What the GitHub flow (DESIGN.md flow 4, issue 5) needs besides the Jira ports; adapters live in
 * src/adapters/github and src/adapters/jira/jira-draft-gateway.ts.
 */
import type { GitHubJob } from './github-job';

export type DeliveryOutcome = 'queued' | 'done' | 'ignored' | 'duplicate' | 'failed';

/** One line of the admin page's "recent deliveries": what came in, what was done and why. */
export interface DeliveryLogEntry {
  deliveryId: string;
  event: string;
  action: string | null;
  /** `owner/name#number`, or `owner/name` when the event names no pull request. */
  target: string | null;
  receivedAt: string;
  outcome: DeliveryOutcome;
  reason: string;
  /** The CR it concerned, when there is one. */
  issueKey: string | null;
}

export interface DeliveryLogPort {
  /** Writes (or overwrites) the entry received at `receivedAt` for its delivery id. */
  write(entry: DeliveryLogEntry): Promise<void>;
  recent(limit: number): Promise<DeliveryLogEntry[]>;
}

export interface WebhookIntakePorts {
  /** True when the raw body's signature matches the current or the previous secret (constant time). */
  verifySignature(rawBody: string, signatureHeader: string): Promise<boolean>;
  /** Claims a delivery id for a while; false when it was seen already (GitHub redelivers with the same id). */
  claimDelivery(deliveryId: string): Promise<boolean>;
  /** Forgets a claim, so that a redelivery can be queued after the queue refused this one. */
  releaseDelivery(deliveryId: string): Promise<void>;
  enqueue(job: GitHubJob): Promise<void>;
  log: DeliveryLogPort;
  now(): Date;
}

/** The facts about a pull request that the app keeps, once a CR exists for it. */
export interface PullRequestLink {
  repository: string;
  number: number;
  url: string;
  headSha: string;
  mergeSha?: string;
  issueKey: string;
  /** `<site>/browse/<key>`: the commit status links to it. */
  issueUrl: string;
  /** Set when new commits arrived after the CR was approved. */
  staleSince?: string;
}

export interface TestEvidence {
  tested: boolean;
  evidenceUrl: string;
  /** e.g. "check suite success" or "check run 'build' failure". */
  summary: string;
}

export interface PullRequestIndexPort {
  get(repository: string, number: number): Promise<PullRequestLink | undefined>;
  /** Writes the link only when none exists (FAIL_IF_EXISTS); false when another delivery wrote one first. */
  create(link: PullRequestLink): Promise<boolean>;
  put(link: PullRequestLink): Promise<void>;
  /** A short claim on drafting for a PR, so that concurrent deliveries draft once. */
  claimDrafting(repository: string, number: number): Promise<boolean>;
  releaseDrafting(repository: string, number: number): Promise<void>;
  evidenceFor(repository: string, sha: string): Promise<TestEvidence | undefined>;
  putEvidence(repository: string, sha: string, evidence: TestEvidence): Promise<void>;
}

export type CommitState = 'pending' | 'success' | 'failure';

export interface CommitStatusRecord {
  state: CommitState;
  sha: string;
  description: string;
  at: string;
  result: 'sent' | 'failed' | 'no-token';
  detail: string;
}

export interface GitHubStatusPort {
  /**
   * Sets the `async-cab/change-approval` commit status; 'no-token' when no GitHub token is set. Throws
   * UpstreamError when GitHub still fails after its retries.
   */
  setStatus(
    repository: string,
    sha: string,
    status: { state: CommitState; description: string; targetUrl: string },
  ): Promise<'sent' | 'no-token'>;
  /** The last status the app tried to set for a CR, for the panel and the admin page. */
  recordAttempt(issueKey: string, record: CommitStatusRecord): Promise<void>;
}

export interface DraftRequestInput {
  summary: string;
  description: string;
  /** The requester: raised on their behalf; null raises it as the app. */
  raiseOnBehalfOf: string | null;
  /** Request participants: the approving reviewers with an Atlassian account. */
  participants: string[];
  /** Values for the app's fields that a draft already knows. */
  fields: {
    affectedSystems: string[];
    linkedPullRequest: {
      repository: string;
      number: number;
      url: string;
      headSha: string;
      mergeSha?: string;
    };
    testEvidence?: { tested: boolean; evidenceUrl?: string; reason?: string };
  };
}

export interface DraftJiraPort {
  /** Atlassian account id for an email address, when exactly one active person has it. */
  accountIdForEmail(email: string): Promise<string | null>;
  /** Creates the customer request (in its first status, Draft); answers its key, agent and portal URLs. */
  createRequest(
    input: DraftRequestInput,
  ): Promise<{ issueKey: string; browseUrl: string; portalUrl: string }>;
  /** The app's issue property (`{ changeRequest, draft }`). */
  setAppProperty(issueKey: string, value: unknown): Promise<void>;
  /** The app's issue property as stored, or undefined. */
  getAppProperty(issueKey: string): Promise<unknown>;
  setLinkedPullRequest(
    issueKey: string,
    value: DraftRequestInput['fields']['linkedPullRequest'],
  ): Promise<void>;
  setTestEvidence(issueKey: string, value: { tested: boolean; evidenceUrl?: string }): Promise<void>;
  setSummary(issueKey: string, summary: string): Promise<void>;
}

export interface GitHubJobQueuePort {
  enqueue(job: GitHubJob): Promise<void>;
}
