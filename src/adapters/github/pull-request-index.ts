/** The PR -> CR index and the test evidence per commit, in KVS (docs/architecture.md, "App state in KVS"). */
import { kvs } from '@forge/kvs';
import { z } from 'zod';
import {
  DRAFT_STEPS,
  type PullRequestIndexPort,
  type PullRequestLink,
  type TestEvidence,
} from '../../app/github/github-ports';
import { claimLease, releaseLease, setIfAbsent } from '../kvs/conditional-write';
import { KEYS } from '../kvs/storage-keys';

const LinkSchema = z.object({
  repository: z.string(),
  number: z.number(),
  url: z.string(),
  headSha: z.string(),
  mergeSha: z.string().optional(),
  issueKey: z.string(),
  issueId: z.string().optional(),
  issueUrl: z.string(),
  staleSince: z.string().optional(),
  pendingSteps: z.array(z.enum(DRAFT_STEPS)).optional(),
  draft: z
    .object({
      trigger: z.enum(['review-approved', 'merged']),
      reviewerLogin: z.string().nullable(),
      authorLogin: z.string(),
      requesterAccountId: z.string().nullable(),
      requesterVia: z.enum(['policy-mapping', 'email', 'unmapped']),
      createdAt: z.string(),
      portalUrl: z.string(),
      fields: z.object({
        affectedSystems: z.array(z.string()),
        testEvidence: z.object({ tested: z.literal(true), evidenceUrl: z.string() }).optional(),
      }),
    })
    .optional(),
});

const EvidenceSchema = z.object({ tested: z.boolean(), evidenceUrl: z.string(), summary: z.string() });

/** Long enough for any draft to be written; a crashed drafter's claim expires so a redelivery can retry. */
const DRAFT_CLAIM_MINUTES = 2;
const EVIDENCE_TTL_DAYS = 30;

export const pullRequestIndex: PullRequestIndexPort = {
  async get(repository, number) {
    const parsed = LinkSchema.safeParse(await kvs.get(KEYS.githubPullRequest(repository, number)));
    if (!parsed.success) return undefined;
    const { mergeSha, staleSince, issueId, pendingSteps, draft, ...rest } = parsed.data;
    const link: PullRequestLink = {
      ...rest,
      ...(issueId === undefined ? {} : { issueId }),
      ...(mergeSha === undefined ? {} : { mergeSha }),
      ...(staleSince === undefined ? {} : { staleSince }),
      ...(pendingSteps === undefined ? {} : { pendingSteps }),
      ...(draft === undefined
        ? {}
        : {
            draft: {
              ...draft,
              fields: {
                affectedSystems: draft.fields.affectedSystems,
                ...(draft.fields.testEvidence === undefined
                  ? {}
                  : { testEvidence: draft.fields.testEvidence }),
              },
            },
          }),
    };
    return link;
  },
  create: (link) => setIfAbsent(KEYS.githubPullRequest(link.repository, link.number), link),
  async put(link) {
    await kvs.set(KEYS.githubPullRequest(link.repository, link.number), link);
  },
  // A lease (conditional-write.ts): one an invocation left when it died ends on time, whatever the KVS keeps.
  claimDrafting: (repository, number) =>
    claimLease(
      KEYS.githubDraftClaim(repository, number),
      { claimedAt: new Date().toISOString() },
      DRAFT_CLAIM_MINUTES * 60,
    ),
  async releaseDrafting(repository, number) {
    await releaseLease(KEYS.githubDraftClaim(repository, number));
  },
  async evidenceFor(repository, sha): Promise<TestEvidence | undefined> {
    const parsed = EvidenceSchema.safeParse(await kvs.get(KEYS.githubTestEvidence(repository, sha)));
    return parsed.success ? parsed.data : undefined;
  },
  async putEvidence(repository, sha, evidence) {
    await kvs.set(KEYS.githubTestEvidence(repository, sha), evidence, {
      ttl: { value: EVIDENCE_TTL_DAYS, unit: 'DAYS' },
    });
  },
};
