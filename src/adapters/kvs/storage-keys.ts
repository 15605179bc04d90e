/** Every key and entity name the app stores under, in one place (CONVENTIONS habit 13). */
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
  fieldIds: 'cache:jira-field-ids',
  transition: (projectKey: string, fromStatusId: string, toStatus: string) =>
    `cache:transition:${projectKey}:${fromStatusId}:${toStatus.replace(/[^a-zA-Z0-9]/g, '-')}`,
} as const;

export const SECRETS = {
  chatWebhookUrl: 'chat:webhook-url',
} as const;
