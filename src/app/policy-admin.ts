/**
 * The admin page's policy use cases (docs/architecture.md): read, save (Jira admins only, checked on the server;
 * conditional on the revision the editor started from), YAML import, and the routing preview.
 */
import { parseChangeRequest } from '../domain/change-request';
import { formatDisplayTime } from '../domain/decision-record';
import { parsePolicy, policyFromYaml, policyToYaml, YAML_LIMIT_CODES, type Policy } from '../domain/policy';
import { routeChangeRequest } from '../domain/routing';
import type { ParsedPayloadOf } from '../shared/resolver-contract';
import type { PolicyView, RoutingPreviewView } from '../shared/view-models';
import { AppError, validationFailed } from './errors';
import type { JiraUserPort } from './ports/jira-port';
import type { Clock, PolicyRepository, StoredPolicy } from './ports/store-ports';

const READ_ONLY = 'Only Jira administrators can change the policy.';

function policyView(stored: StoredPolicy, canEdit: boolean): PolicyView {
  return {
    policy: stored.policy,
    yaml: policyToYaml(stored.policy),
    revision: stored.revision,
    updatedAt: stored.updatedAt,
    updatedBy: stored.updatedBy,
    canEdit,
    readOnlyReason: canEdit ? null : READ_ONLY,
  };
}

export async function getPolicyView(policies: PolicyRepository, user: JiraUserPort): Promise<PolicyView> {
  const [stored, canEdit] = await Promise.all([policies.get(), user.isJiraAdmin()]);
  return policyView(stored, canEdit);
}

/** Work that follows a save (e.g. handing over the drafts of newly mapped GitHub logins). */
export type AfterPolicySave = (previous: Policy, saved: Policy, by: string) => Promise<void>;

async function saveParsed(
  policies: PolicyRepository,
  policy: Policy,
  expectedRevision: number,
  by: string,
  afterSave?: AfterPolicySave,
): Promise<PolicyView> {
  const previous = afterSave === undefined ? null : (await policies.get()).policy;
  const saved = await policies.save(policy, expectedRevision, by);
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
  if (afterSave !== undefined && previous !== null) await afterSave(previous, saved.stored.policy, by);
  return policyView(saved.stored, true);
}

export async function savePolicy(
  policies: PolicyRepository,
  user: JiraUserPort,
  accountId: string,
  request: ParsedPayloadOf<'savePolicy'>,
  afterSave?: AfterPolicySave,
): Promise<PolicyView> {
  if (!(await user.isJiraAdmin())) throw new AppError('FORBIDDEN', READ_ONLY);
  const parsed = parsePolicy(request.policy);
  if (!parsed.ok) throw validationFailed('The policy has errors; nothing was saved.', parsed.errors);
  return saveParsed(policies, parsed.value, request.expectedRevision, accountId, afterSave);
}

export async function importPolicyYaml(
  policies: PolicyRepository,
  user: JiraUserPort,
  accountId: string,
  request: ParsedPayloadOf<'importPolicyYaml'>,
  afterSave?: AfterPolicySave,
): Promise<PolicyView> {
  if (!(await user.isJiraAdmin())) throw new AppError('FORBIDDEN', READ_ONLY);
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
  return saveParsed(policies, parsed.value, request.expectedRevision, accountId, afterSave);
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
    })),
    deadline: routing.deadline,
    clock:
      routing.clock.kind === 'business'
        ? `${String(routing.clock.hours)} business hours`
        : `${String(routing.clock.minutes)} minutes (wall-clock)`,
    silenceIsConsent:
      routing.silenceIsConsent === null
        ? null
        : `Approved by silence if nobody objects by ${routing.silenceIsConsent.objectionDeadline}`,
    reasons: routing.reasons.map((reason) => ({ rule: reason.rule, outcome: reason.outcome })),
    problems: routing.problems.map((problem) => ({ code: problem.code, message: problem.message })),
  };
}
