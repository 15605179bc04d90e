/** Every key and entity name the app stores under, in one place. */
import { createHash } from 'node:crypto';

export const ENTITIES = {
  ledger: 'cr-ledger',
  policy: 'policy-document',
} as const;

export const KEYS = {
  /** The single policy document (entity `policy-document`). */
  policy: 'current',
  ledger: (issueKey: string) => issueKey,
  claim: (step: string, issueKey: string) => `claim:${step}:${issueKey}`,
  answer: (issueKey: string, accountId: string) => `answer:${issueKey}:${accountId}`,
  answerPrefix: (issueKey: string) => `answer:${issueKey}:`,
  fieldIds: 'cache:jira-field-ids:v3',
  /** Service desk and request type that drafts from GitHub are raised with. */
  draftRequestType: 'cache:draft-request-type',
  /** A group's members for attributing approvers, kept minutes (src/adapters/jira/recent-group-members.ts). */
  groupMembers: (groupId: string) => `cache:group-members:${safeKeyPart(groupId)}`,
  transition: (projectKey: string, fromStatusId: string, toStatus: string) =>
    `cache:transition:${projectKey}:${fromStatusId}:${toStatus.replace(/[^a-zA-Z0-9]/g, '-')}`,
  /** One per GitHub delivery id, with a TTL: the webtrigger's de-duplication (docs/platform-assumptions.md). */
  githubDelivery: (deliveryId: string) => `github:delivery:${deliveryKeyPart(deliveryId)}`,
  /** The delivery log, newest first: the key starts with the inverted receive time. */
  githubDeliveryLog: (receivedAtMs: number, deliveryId: string) =>
    `github:log:${String(LOG_EPOCH_END - receivedAtMs).padStart(14, '0')}:${deliveryKeyPart(deliveryId)}`,
  githubDeliveryLogPrefix: 'github:log:',
  /** Pull request -> change request index (one CR per repository and PR). */
  githubPullRequest: (repository: string, number: number) =>
    `github:pr:${safeKeyPart(repository)}:${String(number)}`,
  githubPendingDelivery: (deliveryId: string) => `github:pending:${deliveryKeyPart(deliveryId)}`,
  githubPendingDeliveryPrefix: 'github:pending:',
  githubDraftClaim: (repository: string, number: number) =>
    `claim:github-draft:${safeKeyPart(repository)}:${String(number)}`,
  githubTestEvidence: (repository: string, sha: string) =>
    `github:evidence:${safeKeyPart(repository)}:${sha}`,
  githubStatus: (issueKey: string) => `github:status:${issueKey}`,
  /** A draft whose PR author maps to no account yet, found again when the policy maps the login. */
  githubUnmappedDraft: (login: string, issueKey: string) =>
    `github:unmapped:${safeKeyPart(login.toLowerCase())}:${issueKey}`,
  githubUnmappedDraftPrefix: (login: string) => `github:unmapped:${safeKeyPart(login.toLowerCase())}:`,
  /** Reminders sent and reminder times handled per CR (src/adapters/kvs/sweep-store.ts). */
  sweepState: (issueKey: string) => `sweep:${issueKey}`,
  /**
   * A CR with steps begun and not all done (src/app/lifecycle/unfinished-work.ts), written and removed with
   * its ledger entry in one transaction (ledger-repository.ts); the hourly reconcile reads only these.
   */
  unfinished: (issueKey: string) => `unfinished:${issueKey}`,
  unfinishedPrefix: 'unfinished:',
  objection: (issueKey: string, accountId: string) => `objection:${issueKey}:${accountId}`,
  objectionPrefix: (issueKey: string) => `objection:${issueKey}:`,
} as const;

/** Far enough ahead that inverted epoch-ms times stay positive until the year 2286. */
const LOG_EPOCH_END = 9_999_999_999_999;

/**
 * KVS keys allow `[a-zA-Z0-9:._\s-#]` (docs/platform-assumptions.md): the `/` of `owner/name` becomes `#` (which
 * GitHub names never contain, so keys stay unique) and anything else unexpected becomes `_`.
 */
function safeKeyPart(value: string): string {
  return value.replace(/\//g, '#').replace(/[^a-zA-Z0-9._#-]/g, '_');
}

/**
 * A GitHub delivery id as a key part. GitHub sends a GUID (docs/platform-assumptions.md, X-GitHub-Delivery),
 * kept as it is so the keys of deliveries already received stay the same. Any other id (the intake takes up
 * to 1000 characters of any printable kind) becomes `sha256:<hex>`: 71 characters whatever the id, inside
 * KVS's 500-character keys and key pattern, and never equal to a kept id, which cannot contain `:`.
 */
function deliveryKeyPart(deliveryId: string): string {
  if (/^[a-zA-Z0-9._-]{1,100}$/.test(deliveryId)) return deliveryId;
  return `sha256:${createHash('sha256').update(deliveryId, 'utf8').digest('hex')}`;
}

export const SECRETS = {
  chatWebhookUrl: 'chat:webhook-url',
  /** `{ current, previous }`: the previous secret still verifies while GitHub is being switched over. */
  githubWebhookSecrets: 'github:webhook-secrets',
  githubToken: 'github:token',
} as const;
