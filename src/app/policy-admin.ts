/**
 * The admin page's policy use cases (docs/architecture.md): read, save (Jira admins and the policy's editor
 * groups, checked on the server: src/app/policy-editors.ts; conditional on the revision the editor started
 * from), YAML import, and the routing preview.
 */
import { parseChangeRequest } from '../domain/change-request';
import { formatDisplayTime } from '../domain/decision-record';
import { parsePolicy, policyFromYaml, policyToYaml, YAML_LIMIT_CODES, type Policy } from '../domain/policy';
import { deadlineTimeZone, describeRule, routeChangeRequest } from '../domain/routing';
import type { ParsedPayloadOf } from '../shared/resolver-contract';
import type { PolicyView, RoutingPreviewView } from '../shared/view-models';
import { AppError, validationFailed } from './errors';
import type { JiraAppPort } from './ports/jira-port';
import type { Clock, PolicyRepository, StoredPolicy } from './ports/store-ports';
import { editorChangeRefusal, policyAccessOf, type PolicyAccess, type PolicyCaller } from './policy-editors';

const READ_ONLY =
  "Only Jira administrators and the members of the policy's editor groups can change the policy.";

/** What the policy use cases read: the stored policy and the app's view of Jira groups. */
export interface PolicyAdminDeps {
  policies: PolicyRepository;
  jira: Pick<JiraAppPort, 'groupMembers'>;
}

function policyView(stored: StoredPolicy, access: PolicyAccess): PolicyView {
  return {
    policy: stored.policy,
    yaml: policyToYaml(stored.policy),
    revision: stored.revision,
    updatedAt: stored.updatedAt,
    updatedBy: stored.updatedBy,
    canEdit: access.canEdit,
    readOnlyReason: access.canEdit ? null : READ_ONLY,
    canChangeEditors: access.canChangeEditors,
  };
}

export async function getPolicyView(deps: PolicyAdminDeps, caller: PolicyCaller): Promise<PolicyView> {
  const stored = await deps.policies.get();
  return policyView(stored, await policyAccessOf(deps.jira, stored.policy, caller));
}

/** For the contract's `policy-editor` access level (src/entry/define-contract-resolvers.ts). */
export async function mayEditPolicy(deps: PolicyAdminDeps, caller: PolicyCaller): Promise<boolean> {
  const { policy } = await deps.policies.get();
  return (await policyAccessOf(deps.jira, policy, caller)).canEdit;
}

/** Refuses the caller who may not edit, and one who is no administrator but changed the editor groups. */
async function checkMayChange(
  deps: PolicyAdminDeps,
  caller: PolicyCaller,
  proposed: Policy | null,
): Promise<{ access: PolicyAccess; previous: Policy }> {
  const { policy: previous } = await deps.policies.get();
  const access = await policyAccessOf(deps.jira, previous, caller);
  if (!access.canEdit) throw new AppError('FORBIDDEN', READ_ONLY);
  if (proposed !== null) {
    const refusal = editorChangeRefusal(previous, proposed, access);
    if (refusal.length > 0) {
      throw new AppError(
        'FORBIDDEN',
        'The policy was not saved: only Jira administrators can change its editors.',
        {
          fieldErrors: refusal,
        },
      );
    }
  }
  return { access, previous };
}

/** Work that follows a save (e.g. handing over the drafts of newly mapped GitHub logins). */
export type AfterPolicySave = (previous: Policy, saved: Policy, by: string) => Promise<void>;

/** Saves a parsed policy for `caller` once they may make this change, conditional on `expectedRevision`. */
async function saveParsed(
  deps: PolicyAdminDeps,
  caller: PolicyCaller,
  policy: Policy,
  expectedRevision: number,
  afterSave?: AfterPolicySave,
): Promise<PolicyView> {
  const { access, previous } = await checkMayChange(deps, caller, policy);
  const by = caller.accountId;
  const saved = await deps.policies.save(policy, expectedRevision, by);
  if (saved.kind === 'conflict') {
    throw new AppError(
      'CONFLICT',
      'Someone else saved the policy since you opened it. Reload to see their changes, then apply yours again.',
    );
  }
  if (saved.kind === 'too-large') {
    const message = `The policy is too large to store: ${kib(saved.bytes)} KiB, and Forge storage holds at most ${kib(saved.limitBytes)} KiB. Shorten long names or remove unused entries; nothing was saved.`;
    throw validationFailed(message, [{ field: '', code: 'policy-too-large', message }]);
  }
  if (afterSave !== undefined) await afterSave(previous, saved.stored.policy, by);
  return policyView(saved.stored, access);
}

export async function savePolicy(
  deps: PolicyAdminDeps,
  caller: PolicyCaller,
  request: ParsedPayloadOf<'savePolicy'>,
  afterSave?: AfterPolicySave,
): Promise<PolicyView> {
  await checkMayChange(deps, caller, null);
  const parsed = parsePolicy(request.policy);
  if (!parsed.ok) throw validationFailed('The policy has errors; nothing was saved.', parsed.errors);
  return saveParsed(deps, caller, parsed.value, request.expectedRevision, afterSave);
}

export async function importPolicyYaml(
  deps: PolicyAdminDeps,
  caller: PolicyCaller,
  request: ParsedPayloadOf<'importPolicyYaml'>,
  afterSave?: AfterPolicySave,
): Promise<PolicyView> {
  await checkMayChange(deps, caller, null);
  const parsed = policyFromYaml(request.yaml);
  if (!parsed.ok) {
    // A document refused before it was read says so at once; otherwise the field errors point into it.
    const refused = parsed.errors.find((error) => YAML_LIMIT_CODES.includes(error.code));
    const message =
      refused === undefined
        ? 'The YAML document is not a valid policy; nothing was imported.'
        : `${refused.message} Nothing was imported.`;
    throw validationFailed(message, parsed.errors);
  }
  return saveParsed(deps, caller, parsed.value, request.expectedRevision, afterSave);
}

/** Bytes as KiB with one decimal, as the message shows them. */
const kib = (bytes: number) => (Math.round((bytes / 1024) * 10) / 10).toLocaleString('en-US');

/** Sample answers the preview fills in when the admin leaves them out, so any partial sample routes. */
function sampleChangeRequest(input: unknown, now: Date, timeZone: string): unknown {
  const given = typeof input === 'object' && input !== null ? input : {};
  const start = new Date(now.getTime() + 24 * 3600_000);
  return {
    summary: 'Preview change',
    requester: { accountId: 'preview' },
    changeType: 'normal',
    risk: 'medium',
    affectedSystems: [],
    plannedWindow: {
      start: start.toISOString(),
      end: new Date(start.getTime() + 3600_000).toISOString(),
      timeZone,
    },
    testing: { tested: true, evidenceUrl: 'https://ci.example.com/preview' },
    consequenceOfNotReleasing: 'Preview',
    rollbackPlan: 'Preview',
    ...given,
  };
}

export async function previewRouting(
  policies: PolicyRepository,
  clock: Clock,
  request: ParsedPayloadOf<'previewRouting'>,
): Promise<RoutingPreviewView> {
  let policy: Policy;
  if (request.policy === undefined) policy = (await policies.get()).policy;
  else {
    const parsed = parsePolicy(request.policy);
    if (!parsed.ok) throw validationFailed('Fix the policy errors to preview it.', parsed.errors);
    policy = parsed.value;
  }
  const now = request.submittedAt === undefined ? clock.now() : new Date(request.submittedAt);
  const cr = parseChangeRequest(sampleChangeRequest(request.changeRequest, now, policy.defaults.timeZone));
  if (!cr.ok) throw validationFailed('The sample change request has errors.', cr.errors);
  const routing = routeChangeRequest(policy, cr.value, now);
  return {
    status: routing.status,
    groups: routing.groups.map((group) => ({
      groupId: group.groupId,
      name: group.name,
      approvalsNeeded: group.approvalsNeeded,
      deadline: group.deadline,
      deadlineDisplay: formatDisplayTime(group.deadline, group.timeZone),
      addedBy: [...group.addedBy],
      addedByText: group.addedBy.map((rule) => describeRule(rule, policy)),
    })),
    deadline: routing.deadline,
    clock:
      routing.clock.kind === 'business'
        ? `${String(routing.clock.hours)} business hours`
        : `${String(routing.clock.minutes)} minutes (wall-clock)`,
    silenceIsConsent:
      routing.silenceIsConsent === null
        ? null
        : `Approved by silence if nobody objects by ${formatDisplayTime(routing.silenceIsConsent.objectionDeadline, deadlineTimeZone(routing, policy.defaults.timeZone))}`,
    reasons: routing.reasons.map((reason) => ({
      rule: reason.rule,
      ruleText: describeRule(reason.rule, policy),
      outcome: reason.outcome,
    })),
    problems: routing.problems.map((problem) => ({ code: problem.code, message: problem.message })),
  };
}
