/** The queue between the webtrigger and the consumer (`github-events` in manifest.yml). */
import { Queue } from '@forge/events';
import type { GitHubJob } from '../../app/github/github-job';
import type { GitHubJobQueuePort } from '../../app/github/github-ports';

export const GITHUB_QUEUE = 'github-events';

export const githubQueue: GitHubJobQueuePort = {
  async enqueue(job: GitHubJob) {
    // A fresh Queue per push: no tenant state in module-level globals (docs/platform-assumptions.md).
    await new Queue({ key: GITHUB_QUEUE }).push({ body: { job } });
  },
};
