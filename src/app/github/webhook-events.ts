/**
 * Which GitHub deliveries the app acts on, read with zod from the parts of the payload
 * it uses (shapes: docs/platform-assumptions.md, `@octokit/openapi-webhooks-types`). Anything else is a value saying
 * why it is ignored, so the webtrigger can answer 200 and the delivery log can show the reason.
 */
import { z } from 'zod';
import { multiLine, singleLine } from './bounded-text';
import {
  JOB_TEXT_LIMITS as LIMITS,
  SHORTENED_BODY_NOTICE,
  type DeliveryRef,
  type PullRequestFacts,
} from './github-job';
import type { DeliveryJob } from './github-ports';

/** A text the job carries, cleaned and bounded as it is read (github-job.ts, JOB_TEXT_LIMITS). */
const line = (max: number) => z.string().transform((value) => singleLine(value, max));

/** `owner/name`: GitHub owners have at most 39 characters and names 100 (docs/platform-assumptions.md). */
const RepositorySchema = z.looseObject({ full_name: z.string().min(3).max(140) });

const PullRequestSchema = z.looseObject({
  number: z.number().int().positive(),
  title: line(LIMITS.title),
  body: z.string().nullable().optional(),
  html_url: line(LIMITS.url),
  head: z.looseObject({ sha: line(LIMITS.sha) }),
  user: z.looseObject({ login: line(LIMITS.login), email: line(LIMITS.email).nullable().optional() }),
  merged: z.boolean().nullable().optional(),
  merge_commit_sha: line(LIMITS.sha).nullable().optional(),
});

const ReviewEventSchema = z.looseObject({
  action: line(LIMITS.keyword),
  review: z.looseObject({
    state: line(LIMITS.keyword),
    user: z.looseObject({ login: line(LIMITS.login) }).nullable(),
  }),
  pull_request: PullRequestSchema,
  repository: RepositorySchema,
});

const PullRequestEventSchema = z.looseObject({
  action: line(LIMITS.keyword),
  pull_request: PullRequestSchema,
  repository: RepositorySchema,
});

const CheckPullRequestsSchema = z
  .array(z.looseObject({ number: z.number().int().positive() }))
  .transform((pullRequests) => pullRequests.slice(0, LIMITS.pullRequestNumbers));

const CheckSuiteEventSchema = z.looseObject({
  action: line(LIMITS.keyword),
  check_suite: z.looseObject({
    head_sha: line(LIMITS.sha),
    conclusion: line(LIMITS.keyword).nullable(),
    pull_requests: CheckPullRequestsSchema,
    app: z
      .looseObject({ name: line(LIMITS.checkName) })
      .nullable()
      .optional(),
  }),
  repository: RepositorySchema,
});

const CheckRunEventSchema = z.looseObject({
  action: line(LIMITS.keyword),
  check_run: z.looseObject({
    name: line(LIMITS.checkName),
    head_sha: line(LIMITS.sha),
    conclusion: line(LIMITS.keyword).nullable(),
    html_url: line(LIMITS.url).nullable().optional(),
    pull_requests: CheckPullRequestsSchema,
  }),
  repository: RepositorySchema,
});

export type Classified = { kind: 'job'; job: DeliveryJob } | { kind: 'ignore'; reason: string };

const ignore = (reason: string): Classified => ({ kind: 'ignore', reason });

/** The action a payload names, for the delivery log (null for events without one, e.g. ping). */
export function actionOf(payload: unknown): string | null {
  const parsed = z.looseObject({ action: line(LIMITS.keyword) }).safeParse(payload);
  return parsed.success ? parsed.data.action : null;
}

export function repositoryOf(payload: unknown): string | null {
  const parsed = z.looseObject({ repository: RepositorySchema }).safeParse(payload);
  return parsed.success ? parsed.data.repository.full_name : null;
}

export function classifyDelivery(event: string, payload: unknown, delivery: DeliveryRef): Classified {
  switch (event) {
    case 'pull_request_review':
      return classifyReview(payload, delivery);
    case 'pull_request':
      return classifyPullRequest(payload, delivery);
    case 'check_suite':
      return classifyCheckSuite(payload, delivery);
    case 'check_run':
      return classifyCheckRun(payload, delivery);
    default:
      return ignore(`Async CAB does not act on "${event}" events.`);
  }
}

function classifyReview(payload: unknown, delivery: DeliveryRef): Classified {
  const parsed = ReviewEventSchema.safeParse(payload);
  if (!parsed.success) return ignore(unreadable('pull_request_review', parsed.error));
  const { action, review, pull_request: pr, repository } = parsed.data;
  if (action !== 'submitted') return ignore(`Review ${action}: only submitted approvals draft a CR.`);
  // Webhooks spell review states in lower case, the REST API in upper case (docs/platform-assumptions.md).
  if (review.state.toLowerCase() !== 'approved')
    return ignore(`Review state "${review.state}": only approvals draft a CR.`);
  return {
    kind: 'job',
    job: {
      kind: 'review-approved',
      delivery,
      pullRequest: factsOf(pr, repository.full_name),
      reviewerLogin: review.user?.login ?? '',
    },
  };
}

function classifyPullRequest(payload: unknown, delivery: DeliveryRef): Classified {
  const parsed = PullRequestEventSchema.safeParse(payload);
  if (!parsed.success) return ignore(unreadable('pull_request', parsed.error));
  const { action, pull_request: pr, repository } = parsed.data;
  const facts = factsOf(pr, repository.full_name);
  if (action === 'synchronize')
    return { kind: 'job', job: { kind: 'synchronized', delivery, pullRequest: facts } };
  if (action !== 'closed')
    return ignore(`Pull request ${action}: Async CAB acts on closed (merged) and synchronize.`);
  if (pr.merged !== true || pr.merge_commit_sha == null)
    return ignore('Pull request closed without merging: nothing to record.');
  return {
    kind: 'job',
    job: { kind: 'merged', delivery, pullRequest: facts, mergeSha: pr.merge_commit_sha },
  };
}

function classifyCheckSuite(payload: unknown, delivery: DeliveryRef): Classified {
  const parsed = CheckSuiteEventSchema.safeParse(payload);
  if (!parsed.success) return ignore(unreadable('check_suite', parsed.error));
  const { action, check_suite: suite, repository } = parsed.data;
  if (action !== 'completed') return ignore(`Check suite ${action}: only completed suites are evidence.`);
  const repo = repository.full_name;
  return {
    kind: 'job',
    job: {
      kind: 'checks-completed',
      delivery,
      repository: repo,
      sha: suite.head_sha,
      pullRequestNumbers: suite.pull_requests.map((pr) => pr.number),
      name: suite.app?.name ?? 'check suite',
      conclusion: suite.conclusion ?? 'unknown',
      url: `https://github.com/${repo}/commit/${suite.head_sha}/checks`,
    },
  };
}

function classifyCheckRun(payload: unknown, delivery: DeliveryRef): Classified {
  const parsed = CheckRunEventSchema.safeParse(payload);
  if (!parsed.success) return ignore(unreadable('check_run', parsed.error));
  const { action, check_run: run, repository } = parsed.data;
  if (action !== 'completed') return ignore(`Check run ${action}: only completed runs are evidence.`);
  const repo = repository.full_name;
  return {
    kind: 'job',
    job: {
      kind: 'checks-completed',
      delivery,
      repository: repo,
      sha: run.head_sha,
      pullRequestNumbers: run.pull_requests.map((pr) => pr.number),
      name: run.name,
      conclusion: run.conclusion ?? 'unknown',
      url: run.html_url ?? `https://github.com/${repo}/commit/${run.head_sha}/checks`,
    },
  };
}

function factsOf(pr: z.output<typeof PullRequestSchema>, repository: string): PullRequestFacts {
  return {
    repository,
    number: pr.number,
    title: pr.title,
    // Bounded before it is queued: a huge description would not fit the queue's event (github-job.ts).
    body: multiLine(pr.body ?? '', {
      maxChars: LIMITS.bodyChars,
      maxBytes: LIMITS.bodyBytes,
      notice: SHORTENED_BODY_NOTICE,
    }),
    url: pr.html_url,
    headSha: pr.head.sha,
    authorLogin: pr.user.login,
    authorEmail: pr.user.email ?? null,
  };
}

function unreadable(event: string, error: z.ZodError): string {
  const issue = error.issues[0];
  return `The ${event} payload lacks what Async CAB reads (${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}).`;
}
