/** App state kept in Forge storage (KVS and a custom entity); the adapters live in src/adapters/kvs. */
import type { AnswerProblem, ChangeRequest } from '../../domain/change-request';
import type { DecidedBy } from '../../domain/lifecycle';
import type { Policy } from '../../domain/policy';
import type { RoutingResult } from '../../domain/routing';
import type { ChatText } from '../chat-text';

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
}

/** Everything the app knows about one CR, keyed by issue key. */
export interface LedgerEntry {
  issueKey: string;
  /** `<site>/browse/<key>`, for links in messages and records. */
  issueUrl: string;
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
    commentId: string;
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
}

export interface BreakGlassRecord {
  byAccountId: string;
  byName: string;
  at: string;
  reason: string;
  /** ISO instant: the ECAB must have answered by then, or the change manager is told. */
  retrospectiveDeadline: string;
  /** The 'implemented-before-approval' decision record comment. */
  commentId: string;
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
