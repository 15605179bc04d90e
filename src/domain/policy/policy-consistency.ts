import { type z } from 'zod';
import { type Policy } from './policy-schema';

type Ctx = z.core.$RefinementCtx<Policy>;

/**
 * Rules that span fields (zod checks one field at a time): references must resolve and identities
 * must be unique. Runs only once the structure is valid, so every path below exists.
 */
export function checkPolicyConsistency(policy: Policy, ctx: Ctx): void {
  const groupIds = new Set<string>();
  policy.approverGroups.forEach((group, index) => {
    if (groupIds.has(group.groupId)) {
      report(
        ctx,
        ['approverGroups', index, 'groupId'],
        'duplicate',
        `The group id ${group.groupId} is listed twice.`,
      );
    }
    groupIds.add(group.groupId);
  });

  const requireGroup = (path: (string | number)[], groupId: string): void => {
    if (!groupIds.has(groupId)) {
      report(
        ctx,
        path,
        'unknown-group',
        `The group id ${groupId} is not one of the approver groups; add it under approverGroups first.`,
      );
    }
  };

  const systemKeys = new Map<string, number>();
  const repositoryOwner = new Map<string, string>();
  policy.systems.forEach((system, index) => {
    if (systemKeys.has(system.key)) {
      report(ctx, ['systems', index, 'key'], 'duplicate', `The system key '${system.key}' is used twice.`);
    }
    systemKeys.set(system.key, index);
    system.approverGroupIds.forEach((groupId, g) => {
      requireGroup(['systems', index, 'approverGroupIds', g], groupId);
    });
    system.repositories.forEach((repository, r) => {
      // GitHub repository names are case-insensitive, so Acme/API and acme/api are the same repository.
      const normalised = repository.toLowerCase();
      const owner = repositoryOwner.get(normalised);
      if (owner !== undefined) {
        report(
          ctx,
          ['systems', index, 'repositories', r],
          owner === system.key ? 'duplicate' : 'repository-in-two-systems',
          owner === system.key
            ? `The repository ${repository} is listed twice for '${system.key}'.`
            : `The repository ${repository} already belongs to the system '${owner}'; a repository maps to one system only.`,
        );
      } else {
        repositoryOwner.set(normalised, system.key);
      }
    });
  });

  const { standard, normal, emergency } = policy.changeTypes;
  // An escalation group left empty is "not chosen yet" (setup check); a chosen one must exist.
  for (const [name, type] of [
    ['standard', standard],
    ['normal', normal],
    ['emergency', emergency],
  ] as const) {
    if (type.escalation.groupId !== '')
      requireGroup(['changeTypes', name, 'escalation', 'groupId'], type.escalation.groupId);
  }
  emergency.approverGroupIds.forEach((groupId, g) => {
    requireGroup(['changeTypes', 'emergency', 'approverGroupIds', g], groupId);
  });

  // JSM holds one approval count per approval status, the same for every group (OpenAPI
  // `ApprovalConfiguration.conditionValue`: "The number will be the same across all groups"). Standard and
  // normal changes share the "Awaiting approval" status, so they must ask for the same number, and a risk
  // tier cannot ask for another: JSM would decide with the workflow's number, not the policy's.
  const shared = normal.approvalsPerGroup;
  // zod runs this even when a count broke its own limit; that count is reported already.
  const inRange = (count: number) => Number.isInteger(count) && count >= 1 && count <= 20;
  if (inRange(shared) && inRange(standard.approvalsPerGroup) && standard.approvalsPerGroup !== shared) {
    report(
      ctx,
      ['changeTypes', 'standard', 'approvalsPerGroup'],
      'approvals-not-shared',
      `Standard and normal changes share JSM's "Awaiting approval" step, which holds one number of approvals per group: use ${String(shared)} for both (and on the workflow's approval step).`,
    );
  }
  policy.riskTiers.forEach((tier, index) => {
    if (tier.approvalsPerGroup !== undefined && tier.approvalsPerGroup !== shared) {
      report(
        ctx,
        ['riskTiers', index, 'approvalsPerGroup'],
        'approvals-not-shared',
        `A risk tier cannot ask for ${String(tier.approvalsPerGroup)} approvals per group: JSM's approval step holds one number for every change routed to it (${String(shared)}). Remove it, or add approver groups instead.`,
      );
    }
  });

  const tierKeys = new Set<string>();
  policy.riskTiers.forEach((tier, index) => {
    if (tierKeys.has(tier.key)) {
      report(ctx, ['riskTiers', index, 'key'], 'duplicate', `The risk tier key '${tier.key}' is used twice.`);
    }
    tierKeys.add(tier.key);
    (tier.addApproverGroupIds ?? []).forEach((groupId, g) => {
      requireGroup(['riskTiers', index, 'addApproverGroupIds', g], groupId);
    });
  });

  const requestTypeKeys = new Set<string>();
  policy.changeRequestTypes.forEach((type, index) => {
    const key = type.requestTypeId ?? `name:${type.name.trim().toLowerCase()}`;
    if (requestTypeKeys.has(key)) {
      report(
        ctx,
        ['changeRequestTypes', index, type.requestTypeId === undefined ? 'name' : 'requestTypeId'],
        'duplicate',
        `The request type ${type.requestTypeId ?? `'${type.name}'`} is listed twice.`,
      );
    }
    requestTypeKeys.add(key);
  });
}

function report(ctx: Ctx, path: (string | number)[], code: string, message: string): void {
  ctx.addIssue({ code: 'custom', path, params: { code }, input: undefined, message });
}
