/** App state kept in Forge storage (KVS and a custom entity); the adapters live in src/adapters/kvs. */
import type { AnswerProblem, ChangeRequest } from '../../domain/change-request';
import type { AdfDocument } from '../../domain/decision-record';
import type { DecidedBy } from '../../domain/lifecycle';
import type { Policy } from '../../domain/policy';
import type { RoutingResult } from '../../domain/routing';
import type { ChatText } from '../chat-text';
import type { Notification } from './jira-port';

export type LedgerStatus =
  /** A change request whose CAB answers are missing or invalid; routed by itself once they are complete. */
  | 'waiting-for-answers'
  | 'needs-attention'
  | 'awaiting-approval'
  | 'approved'
  | 'declined'
  /** Break-glass: implemented while the ECAB's answers are still collected; `deadlineAt` is the retrospective deadline. */
  | 'implemented-before-approval';

export interface RecordedAnswer {
  accountId: string;
  displayName: string;
  decision: 'approve' | 'decline';
  at: string;
  comment: string | null;
  conditions: string[];
  /**
   * 'jsm': given with JSM's own buttons and first seen by the app at `at` (JSM names no time per approver);
   * absent: given in the app's panel at `at`.
   */
  via?: 'jsm';
}

/** Everything the app knows about one CR, keyed by issue key. */
export interface LedgerEntry {
  issueKey: string;
  /** `<site>/browse/<key>`, for links in messages and records. */
  issueUrl: string;
  /** Where the requester opens it on the customer portal (portal-link.ts); absent on older entries. */
  portalUrl?: string;
  /** The requester's name as Jira gave it when the app first saw the CR; absent on older entries. */
  requesterName?: string;
  status: LedgerStatus;
  changeRequest: ChangeRequest | null;
  routing: RoutingResult | null;
  problems: string[];
  /** What keeps a `waiting-for-answers` CR from being routed (the requester was told these). */
  answerProblems?: AnswerProblem[];
  /** When the app first saw the CR (waiting for answers) or routed it. */
  routedAt: string;
  /** Epoch ms of the latest group deadline (indexed for the sweeps and the dashboard). */
  deadlineAt: number;
  decision: {
    outcome: 'approved' | 'declined';
    /** JSM's approvers, silence as consent, or the ECAB after break-glass; absent on older entries. */
    by?: DecidedBy;
    at: string;
    /** The decision record comment; absent while `publishing` still has it to post. */
    commentId?: string;
    recordText: string;
  } | null;
  notifiedAt: string | null;
  /** New commits were pushed to the linked PR after approval: the approval no longer covers the code. */
  stale?: { since: string; headSha: string };
  /** The Emergency request type forced changeType 'emergency' over the portal answer; why, for the audit. */
  changeTypeOverride?: { from: string; to: 'emergency'; reason: string };
  /** "Implement now" on an emergency CR (src/app/emergency/implement-now.ts). */
  breakGlass?: BreakGlassRecord;
  /** The post-implementation review created when the emergency CR reached Done. */
  postImplementationReview?: { issueKey: string; createdAt: string; linkedBy: 'issue-property-and-comment' };
  /**
   * The CR left its approval status for Approved or Implementing by a path neither JSM's approval nor the app
   * took (src/app/notice-unexplained-move.ts); it is not counted as approved.
   */
  unexplained?: { at: string; from: string; to: string; byAccountId: string | null };
  /** A pending group's response clock ran out; the escalation group was told (src/app/sweeps). */
  overdue?: { since: string; escalatedAt: string; groupIds: string[] };
  /**
   * Routing's steps not done yet (docs/architecture.md, "Resumable steps"): written before the first step
   * people would see twice, each step taken off as it is done, the field removed with the last one.
   */
  routingSteps?: UnfinishedSteps<RoutingStep>;
  /** A decision (or the break-glass record) being published: what to publish, and what is left to do. */
  publishing?: Publishing;
  /** The post-implementation review was created; tying it to its CR is not finished yet. */
  reviewSteps?: UnfinishedSteps<ReviewStep>;
}

/**
 * Steps of one use case that were begun and are not all done (docs/architecture.md, "Resumable steps"). The
 * next call of the use case, or the hourly reconcile, does the rest; the reconcile counts its tries and,
 * past a few, tells the change managers once (`givenUpAt`) what could not be done.
 */
export interface UnfinishedSteps<Step extends string> {
  /** What is left, in order. */
  pending: Step[];
  startedAt: string;
  /** Resumes the hourly reconcile began. */
  resumes: number;
  /** Why the last try stopped, for the change managers. */
  lastError?: string;
  givenUpAt?: string;
}

export type RoutingStep =
  | 'set-approver-groups'
  | 'set-change-type'
  | 'transition-issue'
  /** The approval request email (the emergency page: one email to each ECAB member). */
  | 'notify-approvers'
  | 'post-to-channel'
  | 'set-commit-status'
  /** Needs attention: the internal comment that says why. */
  | 'comment-routing-problem';

export type PublishingStep =
  | 'publish-decision-record'
  | 'clear-overdue-flag'
  | 'set-commit-status'
  | 'post-to-channel'
  | 'tell-requester-outcome';

/** What a decision publishes, composed once before anything is written, so a resume publishes the same. */
export interface Publishing extends UnfinishedSteps<PublishingStep> {
  /** The decision record (`decision.commentId`) or the break-glass record (`breakGlass.commentId`). */
  of: 'decision' | 'break-glass';
  record: AdfDocument;
  channel: { text: ChatText; urgent: boolean };
  /** The requester's email about the outcome, composed with the record (requester-outcome-message.ts). */
  requester?: Notification;
}

export type ReviewStep = 'tie-review-to-change' | 'tie-change-to-review' | 'comment-review-created';

export interface BreakGlassRecord {
  byAccountId: string;
  byName: string;
  at: string;
  reason: string;
  /** ISO instant: the ECAB must have answered by then, or the change manager is told. */
  retrospectiveDeadline: string;
  /** The 'implemented-before-approval' decision record comment; absent while `publishing` still has it to post. */
  commentId?: string;
  /** JSM's approval that was pending at break-glass; the ECAB's answers afterwards are recorded against it. */
  approvalId?: string;
  recordText: string;
  escalatedAt?: string;
}

export interface LedgerRepository {
  get(issueKey: string): Promise<LedgerEntry | undefined>;
  put(entry: LedgerEntry): Promise<void>;
  /** Claims a one-at-a-time step (routing, the decision record) for a while; false when another invocation holds it. */
  claim(step: 'routing' | 'decision' | 'break-glass' | 'pir' | 'sweep', issueKey: string): Promise<boolean>;
  release(step: 'routing' | 'decision' | 'break-glass' | 'pir' | 'sweep', issueKey: string): Promise<void>;
  /** One key per approver, so concurrent answers never overwrite each other. */
  recordAnswer(issueKey: string, answer: RecordedAnswer): Promise<void>;
  forgetAnswer(issueKey: string, accountId: string): Promise<void>;
  listAnswers(issueKey: string): Promise<RecordedAnswer[]>;
  /**
   * Keeps an answer seen on JSM's approval, unless the approver's answer is kept already: it never
   * replaces one given in the app (with its comment and conditions), while an answer given later in the
   * app replaces it. Optional: a ledger without it leaves JSM's answers to the decision.
   */
  noteAnswerSeenInJsm?(issueKey: string, answer: RecordedAnswer): Promise<void>;
}

export interface StoredPolicy {
  policy: Policy;
  revision: number;
  updatedAt: string | null;
  updatedBy: string | null;
}

export interface PolicyRepository {
  /** The saved policy, or the default policy at revision 0. */
  get(): Promise<StoredPolicy>;
  /**
   * Saves when the stored revision still equals `expectedRevision`; 'conflict' otherwise; 'too-large' (nothing
   * written) when the stored row would exceed what one storage value holds.
   */
  save(
    policy: Policy,
    expectedRevision: number,
    by: string,
  ): Promise<
    | { kind: 'saved'; stored: StoredPolicy }
    | { kind: 'conflict' }
    | { kind: 'too-large'; bytes: number; limitBytes: number }
  >;
}

export interface ChatPort {
  /**
   * Posts to the team channel; false when no channel is configured (nothing to do). The text is plain: the
   * adapter escapes it for the channel and makes only its link and mention parts live (chat-text.ts); a
   * string is plain text throughout.
   */
  post(message: { text: ChatText | string; urgent: boolean; issueKey: string }): Promise<boolean>;
}

export interface Clock {
  now(): Date;
}

export interface PullRequestStatusPort {
  /** Schedules the PR's commit status to be brought in line with the CR; never throws for GitHub's sake. */
  changed(pullRequest: { repository: string; number: number }): Promise<void>;
}
