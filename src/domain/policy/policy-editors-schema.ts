import { z } from 'zod';
import { type Policy } from './policy-schema';

type Ctx = z.core.$RefinementCtx<Policy>;

/**
 * Membership is read from Jira per group when someone saves (src/app/policy-editors.ts), so the list is
 * short: each group is at most 20 member pages (src/adapters/jira/jira-app-gateway.ts `readGroupMembers`).
 */
export const MAX_POLICY_EDITOR_GROUPS = 10;

/**
 * The groups whose members may change the policy besides the Jira administrators (the change managers,
 * README "How it works for each person"). Only a Jira administrator may change this list.
 */
export const policyEditorsSchema = z
  .strictObject({
    groupIds: z
      .array(z.string().trim().min(1, { error: 'A policy editor group id must not be empty.' }))
      .max(MAX_POLICY_EDITOR_GROUPS, {
        error: `At most ${String(MAX_POLICY_EDITOR_GROUPS)} groups may edit the policy.`,
      }),
  })
  .default(() => ({ groupIds: [] }));

/** Editor groups are named through approverGroups, like every group the policy uses (policy-consistency.ts). */
export function checkPolicyEditors(policy: Policy, ctx: Ctx): void {
  const known = new Set(policy.approverGroups.map((group) => group.groupId));
  const seen = new Set<string>();
  policy.policyEditors.groupIds.forEach((groupId, index) => {
    const path = ['policyEditors', 'groupIds', index];
    if (seen.has(groupId)) {
      ctx.addIssue({
        code: 'custom',
        path,
        params: { code: 'duplicate' },
        input: groupId,
        message: `The group id ${groupId} is listed twice as a policy editor group.`,
      });
    } else if (!known.has(groupId)) {
      ctx.addIssue({
        code: 'custom',
        path,
        params: { code: 'unknown-group' },
        input: groupId,
        message: `The group id ${groupId} is not one of the approver groups; add it under approverGroups first.`,
      });
    }
    seen.add(groupId);
  });
}
