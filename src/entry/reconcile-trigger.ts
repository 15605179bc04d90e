/**
 * Scheduled trigger (hourly): finishes the steps a routing, a decision's publishing or a review left undone,
 * and records JSM decisions whose status-change event the app never received
 * (src/app/sweeps/reconcile-decisions.ts), then counts a slice of the decisions made before the app kept
 * figures (src/app/figures/backfill-figures.ts). One CR's or one batch's failure does not stop the others;
 * failures are rethrown at the end so Forge records them (scheduled runs are not
 * retried, the next one is: docs/platform-assumptions.md).
 */
import { figuresBackfillProgress } from '../adapters/kvs/figures-backfill-progress';
import { ledgerScan } from '../adapters/kvs/ledger-scan';
import { backfillFigures } from '../app/figures/backfill-figures';
import { reconcileDecisions } from '../app/sweeps/reconcile-decisions';
import { reconcileDeps } from './sweep-wiring';

export async function handler(): Promise<void> {
  const deps = reconcileDeps();
  const { failed } = await reconcileDecisions(deps);
  try {
    await backfillFigures({ app: deps.app, ledgerScan, progress: figuresBackfillProgress });
  } catch (error) {
    failed.push({ issueKeys: ['(the figures backfill)'], error });
  }
  if (failed.length > 0) {
    throw new AggregateError(
      failed.map((failure) => failure.error),
      `The decision reconcile failed for ${failed.map((failure) => failure.issueKeys.join(', ')).join('; ')}`,
    );
  }
}
