/**
 * The one set of ports a resolver invocation runs on (docs/architecture.md, "Ports"), built once before the
 * handler runs: the app's ports, the calling person's Jira port, and the sweep and GitHub ports on that same
 * app object, all on one memo of the invocation's Jira reads (adapters/jira/invocation-reads.ts). The
 * person's reads are theirs alone; any write makes everyone's next read fresh.
 */
import { createInvocationReads } from '../adapters/jira/invocation-reads';
import { createJiraUserGateway } from '../adapters/jira/jira-user-gateway';
import { memoizeJiraUserPort } from '../adapters/jira/memoized-user-port';
import type { AppDeps } from '../app/app-deps';
import type { GitHubDeps } from '../app/github/github-deps';
import type { JiraUserPort } from '../app/ports/jira-port';
import type { SweepDeps } from '../app/sweeps/sweep-deps';
import { appDeps } from './app-wiring';
import { githubDeps } from './github-wiring';
import { sweepDeps } from './sweep-wiring';

export interface InvocationDeps {
  app: AppDeps;
  /** Jira as the person who called (asUser). */
  user: JiraUserPort;
  sweep: SweepDeps;
  github: GitHubDeps;
}

export function invocationDeps(accountId: string): InvocationDeps {
  const reads = createInvocationReads();
  const app = appDeps(reads);
  return {
    app,
    user: memoizeJiraUserPort(createJiraUserGateway(), reads, accountId),
    sweep: sweepDeps(app),
    github: githubDeps(app),
  };
}
