/**
 * What the webtrigger hands the consumer through the queue: only the facts the app uses, so one event stays
 * below the queue's limits (docs/platform-assumptions.md, async events) whatever the size of the PR payload.
 * A schema, because the consumer validates what it takes off the queue like any other boundary.
 */
import { z } from 'zod';

/**
 * Bounds of the texts a job carries, applied where the job is built (webhook-events.ts, bounded-text.ts).
 * The consumer's timeout is over 55 s (manifest.yml), so one event may hold 100 KB, not the push's 200 KB.
 * Cleaned text (bounded-text.ts) is at most 3 bytes of JSON per UTF-16 unit: JSON escapes only `"`, `\`,
 * line feed and tab in it, one byte more each. So the body is at most 40 KiB + 25 000 bytes ≈ 66 KB, every
 * other text together (delivery id and event included) at most 4 900 units × 3 ≈ 15 KB: about 81 KB in all.
 */
export const JOB_TEXT_LIMITS = {
  /** The CR's description holds 30 000 characters (draft-from-pull-request.ts); the rest is its origin line. */
  bodyChars: 25_000,
  bodyBytes: 40 * 1024,
  /** GitHub titles are far shorter; the CR's summary keeps 255 characters. */
  title: 1_000,
  url: 2_048,
  /** GitHub logins have at most 39 characters. */
  login: 100,
  email: 320,
  sha: 64,
  checkName: 200,
  /** An action, state or conclusion: a short GitHub keyword. */
  keyword: 50,
  pullRequestNumbers: 100,
} as const;

export const SHORTENED_BODY_NOTICE =
  '\n\n[Shortened by Async CAB: the full description is on the pull request.]';

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
