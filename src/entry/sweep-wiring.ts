/** The sweeps' dependencies from the real adapters, once per invocation, on the invocation's app ports. */
import { createJiraStatusSearch } from '../adapters/jira/jira-status-search';
import { awaitingApprovalIndex } from '../adapters/kvs/awaiting-approval-index';
import { sweepStore } from '../adapters/kvs/sweep-store';
import { unfinishedWorkIndex } from '../adapters/kvs/unfinished-work-index';
import type { ReconcileDeps } from '../app/sweeps/reconcile-decisions';
import type { SweepDeps } from '../app/sweeps/sweep-deps';
import type { AppDeps } from '../app/app-deps';
import { appDeps } from './app-wiring';

export function sweepDeps(app: AppDeps = appDeps()): SweepDeps {
  return { app, index: awaitingApprovalIndex, store: sweepStore, properties: app.properties };
}

export function reconcileDeps(app: AppDeps = appDeps()): ReconcileDeps {
  return {
    app,
    index: awaitingApprovalIndex,
    store: sweepStore,
    search: createJiraStatusSearch(),
    unfinished: unfinishedWorkIndex,
  };
}
