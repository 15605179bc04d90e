/**
 * Scheduled trigger (hourly): queues again the GitHub deliveries whose work is not done
 * (src/app/github/redrive-deliveries.ts). Failures are rethrown at the end so Forge records them.
 */
import { redriveDeliveries } from '../app/github/redrive-deliveries';
import { githubDeps } from './github-wiring';

export async function handler(): Promise<void> {
  const { failed } = await redriveDeliveries(githubDeps());
  if (failed.length > 0) {
    throw new AggregateError(
      failed.map((failure) => failure.error),
      `The GitHub redrive failed for ${failed.map((failure) => failure.deliveryId).join(', ')}`,
    );
  }
}
