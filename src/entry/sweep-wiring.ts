/** The sweeps' dependencies from the real adapters, once per invocation. */
import { createJiraIssuePropertyGateway } from '../adapters/jira/jira-issue-property-gateway';
import { awaitingApprovalIndex } from '../adapters/kvs/awaiting-approval-index';
import { sweepStore } from '../adapters/kvs/sweep-store';
import type { SweepDeps } from '../app/sweeps/sweep-deps';
import { appDeps } from './app-wiring';

export function sweepDeps(): SweepDeps {
  return {
    app: appDeps(),
    index: awaitingApprovalIndex,
    store: sweepStore,
    properties: createJiraIssuePropertyGateway(),
  };
}
