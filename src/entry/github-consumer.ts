/**
 * The consumer of `github-events`: one job per event, idempotent (deliveries are at-least-once,
 * docs/platform-assumptions.md). A job that must wait (another delivery is drafting the same PR, GitHub is down)
 * returns an InvocationError so the queue delivers it again later; unknown failures are rethrown.
 */
import { InvocationError, InvocationErrorCode } from '@forge/events';
import { z } from 'zod';
import { GitHubJobSchema } from '../app/github/github-job';
import { handleGitHubJob } from '../app/github/handle-github-job';
import { githubDeps } from './github-wiring';

const EventSchema = z.looseObject({ body: z.looseObject({ job: GitHubJobSchema }) });

export async function handler(event: unknown): Promise<InvocationError | undefined> {
  const parsed = EventSchema.safeParse(event);
  if (!parsed.success)
    throw new Error(`Unexpected github-events job: ${parsed.error.issues[0]?.message ?? ''}`);
  const result = await handleGitHubJob(githubDeps(), parsed.data.body.job);
  if (result.outcome !== 'retry') return undefined;
  return new InvocationError({
    retryAfter: result.retryAfterSeconds,
    retryReason: InvocationErrorCode.FUNCTION_RETRY_REQUEST,
    retryData: { reason: result.reason.slice(0, 500) },
  });
}
