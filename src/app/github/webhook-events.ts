/**
 * Which GitHub deliveries the app acts on, read with zod from the parts of the payload
 * it uses (shapes: docs/platform-assumptions.md, `@octokit/openapi-webhooks-types`). Anything else is a value saying
 * why it is ignored, so the webtrigger can answer 200 and the delivery log can show the reason.
 */
import { z } from 'zod';
import type { DeliveryRef, GitHubJob, PullRequestFacts } from './github-job';

const RepositorySchema = z.looseObject({ full_name: z.string().min(3) });

const PullRequestSchema = z.looseObject({
  number: z.number().int().positive(),
  title: z.string(),
  body: z.string().nullable().optional(),
  html_url: z.string(),
  head: z.looseObject({ sha: z.string() }),
  user: z.looseObject({ login: z.string(), email: z.string().nullable().optional() }),
  merged: z.boolean().nullable().optional(),
  merge_commit_sha: z.string().nullable().optional(),
});

const ReviewEventSchema = z.looseObject({
  action: z.string(),
  review: z.looseObject({ state: z.string(), user: z.looseObject({ login: z.string() }).nullable() }),
  pull_request: PullRequestSchema,
  repository: RepositorySchema,
});

const PullRequestEventSchema = z.looseObject({
  action: z.string(),
  pull_request: PullRequestSchema,
  repository: RepositorySchema,
});

const CheckPullRequestsSchema = z.array(z.looseObject({ number: z.number().int().positive() }));

const CheckSuiteEventSchema = z.looseObject({
  action: z.string(),
  check_suite: z.looseObject({
    head_sha: z.string(),
    conclusion: z.string().nullable(),
    pull_requests: CheckPullRequestsSchema,
    app: z.looseObject({ name: z.string() }).nullable().optional(),
  }),
  repository: RepositorySchema,
});

const CheckRunEventSchema = z.looseObject({
  action: z.string(),
  check_run: z.looseObject({
    name: z.string(),
    head_sha: z.string(),
    conclusion: z.string().nullable(),
    html_url: z.string().nullable().optional(),
    pull_requests: CheckPullRequestsSchema,
  }),
  repository: RepositorySchema,
});

export type Classified = { kind: 'job'; job: GitHubJob } | { kind: 'ignore'; reason: string };

const ignore = (reason: string): Classified => ({ kind: 'ignore', reason });

/** The action a payload names, for the delivery log (null for events without one, e.g. ping). */
export function actionOf(payload: unknown): string | null {
  const parsed = z.looseObject({ action: z.string() }).safeParse(payload);
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
    body: pr.body ?? '',
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
