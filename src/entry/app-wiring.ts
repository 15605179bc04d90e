/**
 * Builds the use cases' dependencies from the real adapters, once per invocation (asApp/asUser are per
 * call). The Jira ports share one memo of the invocation's reads (adapters/jira/invocation-reads.ts), so
 * each thing is read once per invocation and every write forgets it, whoever reads it again.
 */
import type { AppDeps } from '../app/app-deps';
import type { JiraUserPort } from '../app/ports/jira-port';
import { createInvocationReads, type InvocationReads } from '../adapters/jira/invocation-reads';
import { createJiraAppGateway } from '../adapters/jira/jira-app-gateway';
import { createJiraEmergencyGateway } from '../adapters/jira/jira-emergency-gateway';
import { createJiraIssuePropertyGateway } from '../adapters/jira/jira-issue-property-gateway';
import { createJiraUserGateway } from '../adapters/jira/jira-user-gateway';
import { memoizeJiraAppPort } from '../adapters/jira/memoized-app-port';
import { memoizeJiraUserPort } from '../adapters/jira/memoized-user-port';
import { ledgerRepository } from '../adapters/kvs/ledger-repository';
import { policyRepository } from '../adapters/kvs/policy-repository';
import { chatNotifier } from '../adapters/notifications/chat-notifier';
import { githubQueue } from '../adapters/github/github-queue';

export function appDeps(reads: InvocationReads = createInvocationReads()): AppDeps {
  return {
    jira: memoizeJiraAppPort(createJiraAppGateway(), reads),
    ledger: ledgerRepository,
    policies: policyRepository,
    chat: chatNotifier,
    clock: { now: () => new Date() },
    properties: createJiraIssuePropertyGateway(),
    // The PR's commit status is set from the queue, so GitHub never slows down or fails a resolver.
    pullRequestStatus: {
      changed: ({ repository, number }) => githubQueue.enqueue({ kind: 'status', repository, number }),
    },
    emergency: createJiraEmergencyGateway(),
  };
}

/**
 * The app's dependencies and the calling person's port for one resolver invocation, on one memo: the
 * person's reads are theirs alone, and the app's writes (routing the CR from the panel) make the person's
 * next read fresh.
 */
export function invocationDeps(accountId: string): { app: AppDeps; user: JiraUserPort } {
  const reads = createInvocationReads();
  return { app: appDeps(reads), user: memoizeJiraUserPort(createJiraUserGateway(), reads, accountId) };
}
