/** Drafts waiting for a GitHub login to be mapped to an account (KVS keys `github:unmapped:<login>:<key>`). */
import { kvs, WhereConditions } from '@forge/kvs';
import { z } from 'zod';
import type { UnmappedDraftIndexPort } from '../../app/github/github-ports';
import { KEYS } from '../kvs/storage-keys';

const EntrySchema = z.object({ issueKey: z.string(), addedAt: z.string() });

export const unmappedDraftIndex: UnmappedDraftIndexPort = {
  async add(login, issueKey) {
    await kvs.set(KEYS.githubUnmappedDraft(login, issueKey), { issueKey, addedAt: new Date().toISOString() });
  },
  async list(login, limit) {
    const page = await kvs
      .query()
      .where('key', WhereConditions.beginsWith(KEYS.githubUnmappedDraftPrefix(login)))
      .limit(Math.min(limit, 100))
      .getMany();
    return page.results
      .flatMap((result) => {
        const parsed = EntrySchema.safeParse(result.value);
        return parsed.success ? [parsed.data] : [];
      })
      .sort((a, b) => a.addedAt.localeCompare(b.addedAt))
      .map((entry) => entry.issueKey);
  },
  async remove(login, issueKey) {
    await kvs.delete(KEYS.githubUnmappedDraft(login, issueKey));
  },
};
