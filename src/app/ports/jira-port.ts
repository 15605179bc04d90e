/**
 * What the use cases need from Jira and JSM. The adapter (src/adapters/jira) implements it over the REST
 * API with retries on 429/5xx; failures it cannot absorb throw `UpstreamError` (src/app/errors.ts).
 */
import type { AdfDocument } from '../../domain/decision-record';

export interface JiraPerson {
  accountId: string;
  displayName: string;
}

export interface IssueStatus {
  id: string;
  name: string;
  category: 'new' | 'indeterminate' | 'done' | 'undefined';
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
  /** JSM's request type name, when the snapshot read it (undefined: not read; null: none). */
  requestTypeName?: string | null | undefined;
  /** Where people open the issue: `<site>/browse/<key>`. */
  browseUrl: string;
  /** The portal form's answers (the create panel's issue property), when there is one. */
  portalAnswers: unknown;
  /** Set while the CR is a draft from a pull request (the property's `draft`): it is not routed yet. */
  draft?: unknown;
  /** The pull request a submitted draft ships (the property's `pullRequest`). */
  linkedPullRequest?: unknown;
}

/** Values for the app's CR fields and the native Approver groups field, by logical name. */
export interface CrFieldValues {
  approverGroupIds?: string[];
  affectedSystems?: string[];
  changeType?: string;
  risk?: string;
  changeWindow?: { start: string; end: string; timeZone: string };
  testEvidence?: { tested: boolean; evidenceUrl?: string; reason?: string };
  consequence?: { text: string };
  rollbackPlan?: { text: string };
  /** Written only by the app (the field is read-only for people). */
  linkedPullRequest?: {
    repository: string;
    number: number;
    url: string;
    headSha: string;
    mergeSha?: string | undefined;
  };
}

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
  setCrFields(issueKey: string, values: CrFieldValues): Promise<void>;
  /**
   * Moves the issue (as last read) into the named status; 'already-there' when it is in it; 'unavailable'
   * when no transition leads there.
   */
  transitionTo(
    issue: Pick<IssueSnapshot, 'key' | 'projectKey' | 'status'>,
    statusName: string,
  ): Promise<'moved' | 'already-there' | 'unavailable'>;
  addInternalComment(issueKey: string, body: AdfDocument): Promise<string>;
  notify(issueKey: string, notification: Notification): Promise<void>;
  /** The raw JSM approval page (parsed by the domain). */
  getApprovals(issueKey: string): Promise<unknown>;
  groupMembers(groupId: string): Promise<JiraPerson[]>;
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
  searchGroups(query: string): Promise<{ groupId: string; name: string }[]>;
}

export type AnswerOutcome =
  | { kind: 'answered' }
  | { kind: 'not-an-approver'; message: string }
  | { kind: 'not-pending'; message: string }
  | { kind: 'not-found' };
