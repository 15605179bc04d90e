/**
 * Scheduled trigger (every five minutes): reminders, escalation and silence as consent for the CRs waiting
 * for approval that have something due now. One CR's failure does not stop the others; failures are rethrown at
 * the end so Forge records them (scheduled runs are not retried, the next one is).
 */
import { sweepDeadlines } from '../app/sweep-deadlines';
import { sweepDeps } from './sweep-wiring';

export async function handler(): Promise<void> {
  const { failed } = await sweepDeadlines(sweepDeps());
  if (failed.length > 0) {
    throw new AggregateError(
      failed.map((failure) => failure.error),
      `The deadline sweep failed for ${failed.map((failure) => failure.issueKey).join(', ')}`,
    );
  }
}
