/**
 * What the GitHub flow (docs/architecture.md, flow 4) needs besides the Jira ports; adapters live in
 * src/adapters/github and src/adapters/jira/jira-draft-gateway.ts.
 */
import type { ChangeRequestType } from '../../domain/policy';
import type { DraftMarker } from '../ports/jira-port';
import type { GitHubJob } from './github-job';

export type DeliveryOutcome = 'queued' | 'done' | 'ignored' | 'duplicate' | 'failed' | 'given-up';

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

/** A job from a delivery: every kind but the app's own `status` jobs. */
export type DeliveryJob = Exclude<GitHubJob, { kind: 'status' }>;

/**
 * A delivery acknowledged (202) whose work is not done yet. Kept until its job is done, so neither a queue
 * that gave up nor a lost event is the end of it: GitHub's redelivery or the hourly redrive queues it again.
 */
export interface PendingDelivery {
  job: DeliveryJob;
  queuedAt: string;
  /** The last time the job was queued (by the intake, a redelivery or the redrive). */
  lastQueuedAt: string;
  lastError: string | null;
  /** How many times the redrive queued it again after the queue's own retries. */
  redrives: number;
  /** Set once the redrive stopped trying and told the change managers; a redelivery still re-drives it. */
  givenUpAt: string | null;
}

export interface PendingDeliveryPort {
  get(deliveryId: string): Promise<PendingDelivery | undefined>;
  put(pending: PendingDelivery): Promise<void>;
  /** The work is done (or there is nothing to do): forgets the delivery. */
  finish(deliveryId: string): Promise<void>;
  /** Every pending delivery, a page at a time, oldest key first. */
  page(cursor: string | undefined): Promise<{ items: PendingDelivery[]; nextCursor: string | undefined }>;
}

export interface WebhookIntakePorts {
  /** True when the raw body's signature matches the current or the previous secret (constant time). */
  verifySignature(rawBody: string, signatureHeader: string): Promise<boolean>;
  /** Claims a delivery id for a while; false when it was seen already (GitHub redelivers with the same id). */
  claimDelivery(deliveryId: string): Promise<boolean>;
  /** Forgets a claim, so that a redelivery can be queued after the queue refused this one. */
  releaseDelivery(deliveryId: string): Promise<void>;
  enqueue(job: GitHubJob): Promise<void>;
  /** Deliveries acknowledged but not done (PendingDeliveryPort). */
  pending: Pick<PendingDeliveryPort, 'get' | 'put'>;
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
  /** The issue's numeric id (the app field value API takes ids); absent on links from older versions. */
  issueId?: string;
  /** `<site>/browse/<key>`: the commit status links to it. */
  issueUrl: string;
  /** Set when new commits arrived after the CR was approved. */
  staleSince?: string;
  /**
   * Drafting steps still to do after the request was created, in order (draft-from-pull-request.ts): a
   * retry, a redelivery or the redrive finishes them and never repeats one that is done.
   */
  pendingSteps?: DraftStep[];
  /** What the pending steps need, kept from the first attempt. */
  draft?: DraftProgress;
}

export const DRAFT_STEPS = ['fields', 'draft-marker', 'unmapped-index', 'email', 'commit-status'] as const;
export type DraftStep = (typeof DRAFT_STEPS)[number];

export interface DraftProgress {
  trigger: 'review-approved' | 'merged';
  reviewerLogin: string | null;
  authorLogin: string;
  requesterAccountId: string | null;
  requesterVia: 'policy-mapping' | 'email' | 'unmapped';
  createdAt: string;
  portalUrl: string;
  fields: DraftRequestInput['fields'];
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
  /** The policy's change request types: the draft is raised with the first non-emergency one on the site. */
  changeRequestTypes: readonly ChangeRequestType[];
  /** CAB answers a draft already knows, sent as request-type fields (`requestFieldValues`) where they can be. */
  fields: {
    affectedSystems: string[];
    testEvidence?: { tested: true; evidenceUrl: string };
  };
  /** The read-only Linked pull request field: written by the app right after the request is created. */
  linkedPullRequest: LinkedPullRequestValue;
}

export type LinkedPullRequestValue = {
  repository: string;
  number: number;
  url: string;
  headSha: string;
  mergeSha?: string;
};

/** An issue the GitHub flow writes to: the key, and the numeric id when known (saves a lookup). */
export interface IssueRef {
  key: string;
  id?: string | undefined;
}

export interface DraftJiraPort {
  /** Atlassian account id for an email address, when exactly one active person has it. */
  accountIdForEmail(email: string): Promise<string | null>;
  /** An active person (not an app) with this account id, or null. */
  person(accountId: string): Promise<{ accountId: string; displayName: string } | null>;
  /**
   * Creates the customer request (in its first status) in one POST, nothing else, so the app can note the
   * new CR before any other write; answers its key, id, agent and portal URLs.
   */
  createRequest(
    input: DraftRequestInput,
  ): Promise<{ issueKey: string; issueId: string; browseUrl: string; portalUrl: string }>;
  /** The read-only Linked pull request field and any answer the request type left off (idempotent). */
  writeDraftFields(
    issue: IssueRef,
    input: Pick<DraftRequestInput, 'changeRequestTypes' | 'fields' | 'linkedPullRequest'>,
  ): Promise<void>;
  /** Notes on the issue that it is a draft from GitHub (the app's issue property). */
  setDraftMarker(issueKey: string, marker: DraftMarker): Promise<void>;
  /** Removes the draft note: the CR is the requester's now and is routed like any other. */
  clearDraftMarker(issueKey: string): Promise<void>;
  /** The read-only Linked pull request field, through the app field value API. */
  setLinkedPullRequest(issue: IssueRef, value: LinkedPullRequestValue): Promise<void>;
  setTestEvidence(issue: IssueRef, value: { tested: true; evidenceUrl: string }): Promise<void>;
  /** Makes the person the request's reporter (its requester), so they see it on the portal. */
  setReporter(issueKey: string, accountId: string): Promise<void>;
}

/** Drafts raised for a GitHub login no account was found for, so mapping the login later hands them over. */
export interface UnmappedDraftIndexPort {
  add(login: string, issueKey: string): Promise<void>;
  /** The drafts still waiting for that login (case-insensitive), oldest first, at most `limit`. */
  list(login: string, limit: number): Promise<string[]>;
  remove(login: string, issueKey: string): Promise<void>;
}

export interface GitHubJobQueuePort {
  enqueue(job: GitHubJob): Promise<void>;
}
