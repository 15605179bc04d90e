/**
 * Tells an admin what is missing on their site before the first CR (admin page): the request types, the
 * Approver groups field, the approval statuses driven by it, the policy's groups, the chat channel.
 */
import type { Policy } from '../domain/policy';
import type { SetupCheckView } from '../shared/view-models';
import { APPROVAL_STATUSES } from './approval-statuses';
import type { SetupFacts } from './ports/setup-port';

type Check = SetupCheckView['checks'][number];

export function evaluateSetup(facts: SetupFacts, policy: Policy): SetupCheckView {
  const requestTypes = facts.serviceDesks.flatMap((desk) =>
    desk.requestTypes.map((type) => ({ ...type, projectKey: desk.projectKey })),
  );
  const checks: Check[] = [];
  for (const name of ['Change', 'Emergency change']) {
    const found = requestTypes.find((type) => type.name.toLowerCase() === name.toLowerCase());
    checks.push({
      key: `request-type:${name}`,
      ok: found !== undefined,
      title: `Request type "${name}"`,
      message: found ? `Found in ${found.projectKey}.` : `No service desk has a "${name}" request type.`,
      fix: found
        ? null
        : `Create a "${name}" request type in your change project (Project settings > Request types) and add the Async CAB form to it.`,
    });
  }
  checks.push({
    key: 'field:approver-groups',
    ok: facts.approverGroupsFieldId !== null,
    title: 'Approver groups field',
    message:
      facts.approverGroupsFieldId === null
        ? 'The site has no "Approver groups" field.'
        : `Found (${facts.approverGroupsFieldId}).`,
    fix:
      facts.approverGroupsFieldId === null
        ? 'Jira Service Management adds it with approvals: enable approvals on a workflow status using Approver groups.'
        : null,
  });
  const missingFields = [
    'cab-affected-systems',
    'cab-change-type',
    'cab-risk',
    'cab-change-window',
    'cab-test-evidence',
    'cab-consequence',
    'cab-rollback-plan',
  ].filter((key) => !facts.appFieldModules.includes(key));
  checks.push({
    key: 'fields:app',
    ok: missingFields.length === 0,
    title: 'Async CAB fields',
    message:
      missingFields.length === 0
        ? 'All change request fields are on the site.'
        : `Missing: ${missingFields.join(', ')}.`,
    fix: missingFields.length === 0 ? null : 'Reinstall or upgrade the app; the fields come with it.',
  });
  for (const statusName of APPROVAL_STATUSES) {
    const step = facts.approvalStatuses.find((status) => status.statusName === statusName);
    const rightField = step !== undefined && step.fieldId === facts.approverGroupsFieldId;
    const perGroup = step?.conditionType === 'numberPerPrincipal';
    checks.push({
      key: `approval-status:${statusName}`,
      ok: rightField && perGroup,
      title: `Approval step "${statusName}"`,
      message:
        step === undefined
          ? facts.statusNames.includes(statusName)
            ? `"${statusName}" exists but has no approval configured.`
            : `The workflow has no "${statusName}" status.`
          : !rightField
            ? `Its approval uses ${step.fieldId}, not the Approver groups field.`
            : !perGroup
              ? `Its approval condition is "${step.conditionType}"; Async CAB needs approvals per group (numberPerPrincipal).`
              : `Approvals on Approver groups, ${step.conditionValue} per group.`,
      fix:
        rightField && perGroup
          ? null
          : `In the workflow, add approval to "${statusName}": field Approver groups, condition "number of approvals per group", with approve and decline transitions.`,
    });
  }
  const unknownGroups = policy.approverGroups.filter((group) => !facts.knownGroupIds.includes(group.groupId));
  checks.push({
    key: 'policy:groups',
    ok: unknownGroups.length === 0,
    title: 'Approver groups of the policy exist in Jira',
    message:
      unknownGroups.length === 0
        ? `All ${String(policy.approverGroups.length)} groups exist.`
        : `Not found in Jira: ${unknownGroups.map((group) => group.name).join(', ')}.`,
    fix:
      unknownGroups.length === 0
        ? null
        : 'Create these groups in Jira, or choose existing groups on the Systems tab.',
  });
  checks.push({
    key: 'chat',
    ok: facts.chatConfigured,
    title: 'Team chat channel',
    message: facts.chatConfigured
      ? 'Approvers are also told in the team channel.'
      : 'No chat webhook is set: approvers are told by email only.',
    fix: facts.chatConfigured ? null : 'Add a Slack or Microsoft Teams incoming-webhook URL.',
  });
  return { checks, ready: checks.filter((check) => check.key !== 'chat').every((check) => check.ok) };
}
