/** Builds the use cases' dependencies from the real adapters, once per invocation (asApp/asUser are per call). */
import type { AppDeps } from '../app/app-deps';
import { createJiraAppGateway } from '../adapters/jira/jira-app-gateway';
import { createJiraEmergencyGateway } from '../adapters/jira/jira-emergency-gateway';
import { ledgerRepository } from '../adapters/kvs/ledger-repository';
import { policyRepository } from '../adapters/kvs/policy-repository';
import { chatNotifier } from '../adapters/notifications/chat-notifier';
import { githubQueue } from '../adapters/github/github-queue';

export function appDeps(): AppDeps {
  return {
    jira: createJiraAppGateway(),
    ledger: ledgerRepository,
    policies: policyRepository,
    chat: chatNotifier,
    clock: { now: () => new Date() },
    // The PR's commit status is set from the queue, so GitHub never slows down or fails a resolver.
    pullRequestStatus: {
      changed: ({ repository, number }) => githubQueue.enqueue({ kind: 'status', repository, number }),
    },
    emergency: createJiraEmergencyGateway(),
  };
}
