/**
 * `check_suite` / `check_run` completed: the result is kept per commit (a later draft uses it)
 * and, for a CR whose PR head is that commit, a passing result becomes its test evidence; a failing one is
 * noted on the CR so approvers see it.
 */
import { paragraph, text } from '../../domain/decision-record';
import type { GitHubDeps, JobResult } from './github-deps';
import type { GitHubJob } from './github-job';

/** GitHub's non-failing conclusions (docs/platform-assumptions.md). */
const PASSING = new Set(['success', 'neutral', 'skipped']);

type ChecksJob = Extract<GitHubJob, { kind: 'checks-completed' }>;

export async function recordCheckEvidence(deps: GitHubDeps, job: ChecksJob): Promise<JobResult> {
  const tested = PASSING.has(job.conclusion);
  await deps.index.putEvidence(job.repository, job.sha, {
    tested,
    evidenceUrl: job.url,
    summary: `${job.name}: ${job.conclusion}`,
  });
  const updated: string[] = [];
  for (const number of job.pullRequestNumbers) {
    const link = await deps.index.get(job.repository, number);
    if (link === undefined || link.headSha !== job.sha) continue;
    if (tested) {
      await deps.drafts.setTestEvidence(
        { key: link.issueKey, id: link.issueId },
        { tested: true, evidenceUrl: job.url },
      );
    } else {
      await deps.app.jira.addInternalComment(link.issueKey, {
        type: 'doc',
        version: 1,
        content: [
          paragraph(
            text(
              `GitHub checks did not pass on ${job.sha.slice(0, 7)}: ${job.name} ended ${job.conclusion} (${job.url}).`,
            ),
          ),
        ],
      });
    }
    updated.push(link.issueKey);
  }
  return {
    outcome: 'done',
    reason:
      updated.length === 0
        ? `Kept ${job.name} ${job.conclusion} for ${job.sha.slice(0, 7)}; no CR is at that commit yet.`
        : `${tested ? 'Test evidence updated' : 'Failing checks noted'} on ${updated.join(', ')}.`,
    issueKey: updated[0] ?? null,
  };
}
