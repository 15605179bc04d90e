/**
 * What the use cases need from Jira and JSM. The adapter (src/adapters/jira) implements it over the REST
 * API with retries on 429/5xx; failures it cannot absorb throw `UpstreamError` (src/app/errors.ts).
 */
import type { CabFieldValues } from '../../domain/change-request';
import type { AdfDocument } from '../../domain/decision-record';
import type { CabFieldKey } from '../../shared/cab-fields';

export interface JiraPerson {
  accountId: string;
  displayName: string;
}

export interface IssueStatus {
  id: string;
  name: string;
  category: 'new' | 'indeterminate' | 'done' | 'undefined';
}

/** JSM's request type of an issue (the Request Type field's value). */
export interface RequestTypeRef {
  id: string;
  name: string;
  /** The portal (service desk) the request type belongs to, for portal links. */
  portalId: string | null;
}

/** The CR-relevant parts of an issue, read in one call. */
export interface IssueSnapshot {
  id: string;
  key: string;
  projectKey: string;
  summary: string;
  /** Plain text of the ADF description. */
  description: string;
  status: IssueStatus;
  reporter: JiraPerson | null;
  created: string;
  /** The request type; null when the issue has none (not a JSM request). */
  requestType: RequestTypeRef | null;
  /** Where people open the issue: `<site>/browse/<key>`. */
  browseUrl: string;
  /** The CAB answers as the app's custom fields hold them (raw values by field key). */
  cabFields: CabFieldValues;
  /** Set while the CR is a draft from a pull request (the app's issue property `draft`): not routed yet. */
  draft?: DraftMarker | undefined;
}

/** What the app notes on a CR it drafted from a pull request, until the requester submits it. */
export interface DraftMarker {
  source: 'github';
  trigger: 'review-approved' | 'merged';
  createdAt: string;
  /** How the requester was found; `unmapped` leaves the draft with the app until it is handed over. */
  requesterVia: 'policy-mapping' | 'email' | 'unmapped' | 'handed-over';
  authorLogin: string;
  reviewers: string[];
  handedOverBy?: string | undefined;
}

/** Values for the app's CAB fields, by field key (`null` clears a field). */
export type CabFieldWrites = Partial<Record<CabFieldKey, unknown>>;

export interface Notification {
  subject: string;
  textBody: string;
  htmlBody: string;
  groupIds: string[];
  accountIds: string[];
}

export interface JiraAppPort {
  /** null when the issue does not exist (or the app cannot see it). */
  getIssue(issueKey: string): Promise<IssueSnapshot | null>;
  /** JSM's Approver groups field (Edit issue; a native field, so it is on the request's edit screen). */
  setApproverGroups(issueKey: string, groupIds: string[]): Promise<void>;
  /** JSM's Summary (Edit issue), when a requester corrects it with their answers. */
  setSummary(issueKey: string, summary: string): Promise<void>;
  /** The app's own fields, through the app field value API (read-only fields too, no screen needed). */
  setCabFields(issue: Pick<IssueSnapshot, 'id' | 'key'>, values: CabFieldWrites): Promise<void>;
  /**
   * Moves the issue (as last read) into the named status; 'already-there' when it is in it; 'unavailable'
   * when no transition leads there.
   */
  transitionTo(
    issue: Pick<IssueSnapshot, 'key' | 'projectKey' | 'status'>,
    statusName: string,
  ): Promise<'moved' | 'already-there' | 'unavailable'>;
  addInternalComment(issueKey: string, body: AdfDocument): Promise<string>;
  /**
   * The id of the newest comment on the issue whose text contains every one of `texts`, or null. Read only
   * when resuming a step that posts a comment (src/app/lifecycle/resumable-steps.ts), never on a first
   * attempt, so a resume does not post what an earlier attempt posted. Adapters that cannot read comments
   * leave it out; a resume then posts again.
   */
  findComment(issueKey: string, texts: readonly string[]): Promise<string | null>;
  /**
   * The body of one of the issue's comments as Jira keeps it (ADF, unchecked), or null when it is gone: the
   * decision record shown as formatted text (src/app/decision-record-document.ts). Adapters that cannot
   * read comments leave it out; the panel then shows the record's plain text.
   */
  commentBody?(issueKey: string, commentId: string): Promise<unknown>;
  notify(issueKey: string, notification: Notification): Promise<void>;
  /** The raw JSM approval page (parsed by the domain). */
  getApprovals(issueKey: string): Promise<unknown>;
  /** The group's members as Jira has them now: for deciding who may do something. */
  groupMembers(groupId: string): Promise<JiraPerson[]>;
  /**
   * The group's members as read at most a few minutes ago (a short-lived cache), only for attributing the
   * approvers JSM listed on an approval to the routed groups; never for deciding who may do something.
   * Adapters without a cache leave it out, and callers then read `groupMembers`.
   */
  recentGroupMembers?(groupId: string): Promise<JiraPerson[]>;
}

/** Calls made as the person using the UI (`asUser()`): JSM checks their permissions itself. */
export interface JiraUserPort {
  /** null when the user cannot see the issue. */
  getIssue(issueKey: string): Promise<IssueSnapshot | null>;
  getApprovals(issueKey: string): Promise<unknown>;
  /** Answers the approval as the caller; JSM refuses anyone who is not a current approver. */
  answerApproval(
    issueKey: string,
    approvalId: string,
    decision: 'approve' | 'decline',
  ): Promise<AnswerOutcome>;
  isJiraAdmin(): Promise<boolean>;
  /** The request type's name on that service desk, or null when the caller cannot see it. */
  requestTypeName(serviceDeskId: string, requestTypeId: string): Promise<string | null>;
  /** Active people matching a name or email (user search, as the caller). */
  searchPeople(query: string): Promise<JiraPerson[]>;
  searchGroups(query: string): Promise<{ groupId: string; name: string }[]>;
}

export type AnswerOutcome =
  /** `approval`: JSM's answer, the approval as it now stands, as the caller sees it (docs/platform-assumptions.md). */
  | { kind: 'answered'; approval: unknown }
  | { kind: 'not-an-approver'; message: string }
  | { kind: 'not-pending'; message: string }
  | { kind: 'not-found' };
