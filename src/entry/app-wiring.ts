/**
 * Builds the use cases' dependencies from the real adapters, once per invocation (asApp/asUser are per
 * call). The Jira ports share one memo of the invocation's reads (adapters/jira/invocation-reads.ts), so
 * each thing is read once per invocation and every write forgets it, whoever reads it again.
 */
import type { AppDeps } from '../app/app-deps';
import { createInvocationReads, type InvocationReads } from '../adapters/jira/invocation-reads';
import { createJiraAppGateway } from '../adapters/jira/jira-app-gateway';
import { createJiraEmergencyGateway } from '../adapters/jira/jira-emergency-gateway';
import { createJiraIssuePropertyGateway } from '../adapters/jira/jira-issue-property-gateway';
import { memoizeJiraAppPort } from '../adapters/jira/memoized-app-port';
import { ledgerRepository } from '../adapters/kvs/ledger-repository';
import { policyRepository } from '../adapters/kvs/policy-repository';
import { chatNotifier } from '../adapters/notifications/chat-notifier';
import { githubQueue } from '../adapters/github/github-queue';
import { figuresRollupStore } from '../adapters/kvs/figures-rollup-store';
import { ledgerScan } from '../adapters/kvs/ledger-scan';

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
    // The board's weekly figures, fed by the decision publisher (src/app/figures/record-decided-change.ts).
    figures: figuresRollupStore,
    ledgerScan,
  };
}
