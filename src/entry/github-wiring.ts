/** The GitHub flow's dependencies from the real adapters, once per invocation, on the invocation's app ports. */
import { createGitHubStatusClient } from '../adapters/github/github-status-client';
import { githubQueue } from '../adapters/github/github-queue';
import { deliveryLog } from '../adapters/github/delivery-store';
import { pendingDeliveries } from '../adapters/github/pending-deliveries';
import { pullRequestIndex } from '../adapters/github/pull-request-index';
import { unmappedDraftIndex } from '../adapters/github/unmapped-draft-index';
import { createJiraDraftGateway } from '../adapters/jira/jira-draft-gateway';
import type { GitHubDeps } from '../app/github/github-deps';
import type { AppDeps } from '../app/app-deps';
import { appDeps } from './app-wiring';

export function githubDeps(app: AppDeps = appDeps()): GitHubDeps {
  return {
    app,
    drafts: createJiraDraftGateway(),
    index: pullRequestIndex,
    status: createGitHubStatusClient(),
    log: deliveryLog,
    queue: githubQueue,
    unmappedDrafts: unmappedDraftIndex,
    pending: pendingDeliveries,
  };
}
