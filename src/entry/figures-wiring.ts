/**
 * The board's figures, calendar and export ports on the invocation's app ports (src/app/figures): the
 * weekly rollups and the ledger scan in KVS, and Jira as the app for the export's issue facts.
 */
import { createJiraIssueFacts } from '../adapters/figures/jira-issue-facts';
import { figuresRollupStore } from '../adapters/kvs/figures-rollup-store';
import { ledgerScan } from '../adapters/kvs/ledger-scan';
import type { AppDeps } from '../app/app-deps';
import { visibleEntries } from '../app/board/visible-entries';
import type { FiguresDeps } from '../app/figures/figures-deps';
import type { VisibleToViewer } from '../app/figures/planned-changes';
import { boardDeps } from './board-wiring';
import type { InvocationDeps } from './invocation-deps';

export function figuresDeps(app: AppDeps): FiguresDeps {
  return { app, rollups: app.figures ?? figuresRollupStore, ledgerScan, issueFacts: createJiraIssueFacts() };
}

/** The board's rule for what the caller may see (src/app/board/visible-entries.ts), with Jira as the caller. */
export function visibleToCaller(deps: InvocationDeps, accountId: string): VisibleToViewer {
  const { viewer } = boardDeps(deps);
  return (entries) =>
    visibleEntries(
      viewer,
      entries,
      accountId,
      async () => new Set((await viewer.pendingApprovalKeys()).issueKeys),
    );
}
