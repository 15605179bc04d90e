/**
 * Commit statuses on GitHub (docs.github.com/rest/commits/statuses, docs/platform-assumptions.md) with the token
 * kept as a Forge secret. 429 and 5xx are retried with backoff (Retry-After honoured); what still fails
 * throws UpstreamError so the consumer can record it and retry from the queue later.
 */
import { fetch } from '@forge/api';
import { kvs } from '@forge/kvs';
import { z } from 'zod';
import { UpstreamError } from '../../app/errors';
import type { CommitStatusRecord, GitHubStatusPort } from '../../app/github/github-ports';
import { KEYS, SECRETS } from '../kvs/storage-keys';

/** The context branch protection requires. */
export const STATUS_CONTEXT = 'async-cab/change-approval';
/** GitHub's limit for a status description. */
const DESCRIPTION_MAX = 140;

export interface GitHubStatusOptions {
  sleep?: (ms: number) => Promise<void>;
  maxRetries?: number;
  maxWaitMs?: number;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function readGitHubToken(): Promise<string | null> {
  const parsed = z
    .string()
    .min(1)
    .safeParse(await kvs.getSecret(SECRETS.githubToken));
  return parsed.success ? parsed.data : null;
}

export async function setGitHubToken(token: string | null): Promise<void> {
  if (token === null) await kvs.deleteSecret(SECRETS.githubToken);
  else await kvs.setSecret(SECRETS.githubToken, token);
}

export function createGitHubStatusClient(options: GitHubStatusOptions = {}): GitHubStatusPort {
  const sleep = options.sleep ?? realSleep;
  const maxRetries = options.maxRetries ?? 3;
  const maxWaitMs = options.maxWaitMs ?? 8_000;
  return {
    async setStatus(repository, sha, status) {
      const token = await readGitHubToken();
      if (token === null) return 'no-token';
      const url = `https://api.github.com/repos/${repository}/statuses/${sha}`;
      const body = JSON.stringify({
        state: status.state,
        context: STATUS_CONTEXT,
        description: status.description.slice(0, DESCRIPTION_MAX),
        target_url: status.targetUrl,
      });
      for (let attempt = 0; ; attempt++) {
        const response = await fetch(url, {
          method: 'POST',
          headers: {
            Accept: 'application/vnd.github+json',
            Authorization: `Bearer ${token}`,
            'Content-Type': 'application/json',
            'X-GitHub-Api-Version': '2022-11-28',
            'User-Agent': 'async-cab',
          },
          body,
        });
        if (response.status === 201) {
          await response.text();
          return 'sent';
        }
        const text = await response.text();
        const retryable = response.status === 429 || response.status >= 500;
        const waitMs = retryable ? waitFor(response.headers.get('retry-after'), attempt) : null;
        if (waitMs === null || waitMs > maxWaitMs || attempt >= maxRetries) {
          throw new UpstreamError(
            `GitHub answered POST /repos/${repository}/statuses/${sha.slice(0, 7)} with ${String(response.status)}: ${text.slice(0, 200)}`,
            response.status,
            { service: 'GitHub' },
          );
        }
        await sleep(waitMs);
      }
    },
    async recordAttempt(issueKey: string, record: CommitStatusRecord) {
      await kvs.set(KEYS.githubStatus(issueKey), record);
    },
  };
}

function waitFor(retryAfter: string | null, attempt: number): number {
  const seconds = retryAfter === null ? Number.NaN : Number(retryAfter);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  return 2 ** attempt * 500 * (0.7 + Math.random() * 0.6);
}
