/**
 * Scheduled trigger (every five minutes): escalates break-glass CRs whose retrospective approval is overdue
 *. Safe to run twice; one CR's failure does not stop the others, and is rethrown at the
 * end so Forge records it.
 */
import { retrospectiveIndex } from '../adapters/kvs/retrospective-index';
import { escalateOverdueRetrospectives } from '../app/escalate-retrospective';
import { appDeps } from './app-wiring';

export async function handler(): Promise<void> {
  const { failed } = await escalateOverdueRetrospectives(appDeps(), retrospectiveIndex);
  if (failed.length > 0) {
    throw new AggregateError(
      failed.map((failure) => failure.error),
      `Retrospective escalation failed for ${failed.map((failure) => failure.issueKey).join(', ')}`,
    );
  }
}
