/**
 * What the webtrigger hands the consumer through the queue: only the facts the app uses, so one event stays
 * far below the queue's 200 KB push limit (docs/platform-assumptions.md) whatever the size of the PR payload.
 * A schema, because the consumer validates what it takes off the queue like any other boundary.
 */
import { z } from 'zod';

const DeliveryRefSchema = z.object({
  deliveryId: z.string(),
  event: z.string(),
  action: z.string().nullable(),
  receivedAt: z.string(),
});

const PullRequestFactsSchema = z.object({
  repository: z.string(),
  number: z.number().int().positive(),
  title: z.string(),
  body: z.string(),
  url: z.string(),
  headSha: z.string(),
  authorLogin: z.string(),
  /** Only present when GitHub put it in the payload (it rarely does for the PR user). */
  authorEmail: z.string().nullable(),
});

export const GitHubJobSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('review-approved'),
    delivery: DeliveryRefSchema,
    pullRequest: PullRequestFactsSchema,
    reviewerLogin: z.string(),
  }),
  z.object({
    kind: z.literal('merged'),
    delivery: DeliveryRefSchema,
    pullRequest: PullRequestFactsSchema,
    mergeSha: z.string(),
  }),
  z.object({
    kind: z.literal('synchronized'),
    delivery: DeliveryRefSchema,
    pullRequest: PullRequestFactsSchema,
  }),
  z.object({
    kind: z.literal('checks-completed'),
    delivery: DeliveryRefSchema,
    repository: z.string(),
    sha: z.string(),
    pullRequestNumbers: z.array(z.number().int().positive()),
    name: z.string(),
    conclusion: z.string(),
    url: z.string(),
  }),
  /** Internal: bring the PR's commit status in line with the CR (retried from the queue when GitHub fails). */
  z.object({ kind: z.literal('status'), repository: z.string(), number: z.number().int().positive() }),
]);

export type GitHubJob = z.infer<typeof GitHubJobSchema>;
export type DeliveryRef = z.infer<typeof DeliveryRefSchema>;
export type PullRequestFacts = z.infer<typeof PullRequestFactsSchema>;

export function targetOf(job: GitHubJob): string | null {
  switch (job.kind) {
    case 'checks-completed':
      return job.pullRequestNumbers.length > 0
        ? `${job.repository}#${job.pullRequestNumbers.join(',')}`
        : job.repository;
    case 'status':
      return `${job.repository}#${String(job.number)}`;
    default:
      return `${job.pullRequest.repository}#${String(job.pullRequest.number)}`;
  }
}
