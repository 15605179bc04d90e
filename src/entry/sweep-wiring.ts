/** The sweeps' dependencies from the real adapters, once per invocation. */
import { createJiraStatusSearch } from '../adapters/jira/jira-status-search';
import { awaitingApprovalIndex } from '../adapters/kvs/awaiting-approval-index';
import { sweepStore } from '../adapters/kvs/sweep-store';
import type { ReconcileDeps } from '../app/sweeps/reconcile-decisions';
import type { SweepDeps } from '../app/sweeps/sweep-deps';
import { appDeps } from './app-wiring';

export function sweepDeps(): SweepDeps {
  const app = appDeps();
  return { app, index: awaitingApprovalIndex, store: sweepStore, properties: app.properties };
}

export function reconcileDeps(): ReconcileDeps {
  return {
    app: appDeps(),
    index: awaitingApprovalIndex,
    store: sweepStore,
    search: createJiraStatusSearch(),
  };
}
