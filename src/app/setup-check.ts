/**
 * Tells an admin what is missing on their site before the first CR (admin page): the change request types of
 * the policy and the CAB questions on their forms, the Approver groups field, the approval statuses driven
 * by it, the Waiting for answers status, the policy's groups, the chat channel.
 */
import type { Policy } from '../domain/policy';
import type { SetupCheckView } from '../shared/view-models';
import { changeRequestKindOf } from '../domain/policy';
import { CAB_ANSWER_FIELD_KEYS, CAB_FIELD_LABELS, CAB_FIELD_MODULE_KEYS } from '../shared/cab-fields';
import { APPROVAL_STATUSES, approvalStatusFor, WAITING_FOR_ANSWERS_STATUS } from './approval-statuses';
import type { SetupFacts } from './ports/setup-port';

type Check = SetupCheckView['checks'][number];

export function evaluateSetup(facts: SetupFacts, policy: Policy): SetupCheckView {
  const requestTypes = facts.serviceDesks.flatMap((desk) =>
    desk.requestTypes.map((type) => ({ ...type, projectKey: desk.projectKey })),
  );
  const checks: Check[] = [...policyChecks(policy)];
  if (policy.changeRequestTypes.length === 0) {
    checks.push({
      key: 'request-types',
      ok: false,
      title: 'Change request types',
      message: 'No request type is a change request, so Async CAB routes nothing.',
      fix: 'On the "Request types" tab, mark the request types whose requests are change requests.',
    });
  }
  for (const wanted of policy.changeRequestTypes) {
    const label =
      wanted.requestTypeId === undefined
        ? `"${wanted.name}"`
        : `"${wanted.name}" (id ${wanted.requestTypeId})`;
    const found = requestTypes.filter((type) => changeRequestKindOf([wanted], type) !== null);
    checks.push({
      key: `request-type:${wanted.requestTypeId ?? wanted.name}`,
      ok: found.length > 0,
      title: `Request type ${label}${wanted.emergency ? ' (emergency)' : ''}`,
      message:
        found.length > 0
          ? `Found in ${[...new Set(found.map((type) => type.projectKey))].join(', ')}.`
          : `No service desk has the request type ${label}.`,
      fix:
        found.length > 0
          ? null
          : 'Create it in your change project (Project settings > Request types), or choose another on the "Request types" tab.',
    });
    for (const type of found) checks.push(fieldsCheck(facts, wanted.answersRequiredOnForm, type));
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
  const missingFields = CAB_ANSWER_FIELD_KEYS.map((key) => CAB_FIELD_MODULE_KEYS[key]).filter(
    (key) => facts.appFields[key] === undefined,
  );
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
  const hasWaitingStatus = facts.statusNames.includes(WAITING_FOR_ANSWERS_STATUS);
  checks.push({
    key: `status:${WAITING_FOR_ANSWERS_STATUS}`,
    ok: hasWaitingStatus,
    title: `Status "${WAITING_FOR_ANSWERS_STATUS}" (recommended)`,
    message: hasWaitingStatus
      ? 'Change requests with missing answers move there until they are complete.'
      : 'Change requests with missing answers stay in their first status; the request view and the panel still say what is missing.',
    fix: hasWaitingStatus
      ? null
      : `Optional: add a "${WAITING_FOR_ANSWERS_STATUS}" status with transitions from the first status and to the approval statuses.`,
  });
  for (const statusName of APPROVAL_STATUSES) {
    const step = facts.approvalStatuses.find((status) => status.statusName === statusName);
    const rightField = step !== undefined && step.fieldId === facts.approverGroupsFieldId;
    const perGroup = step?.conditionType === 'numberPerPrincipal';
    const wanted =
      statusName === approvalStatusFor('emergency')
        ? policy.changeTypes.emergency.approvalsPerGroup
        : policy.changeTypes.normal.approvalsPerGroup;
    const sameCount = step === undefined || Number(step.conditionValue) === wanted;
    checks.push({
      key: `approval-status:${statusName}`,
      ok: rightField && perGroup && sameCount,
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
              : !sameCount
                ? `The workflow asks for ${step.conditionValue} approvals per group, the policy for ${String(wanted)}: JSM decides with the workflow's number.`
                : `Approvals on Approver groups, ${step.conditionValue} per group, as the policy says.`,
      fix:
        rightField && perGroup && sameCount
          ? null
          : rightField && perGroup
            ? `Make them agree: set "number of approvals per group" on "${statusName}" to ${String(wanted)}, or change the policy to ${step.conditionValue}.`
            : `In the workflow, add approval to "${statusName}": field Approver groups, condition "number of approvals per group" = ${String(wanted)}, with approve and decline transitions.`,
    });
  }
  const open = facts.approvalStatuses.flatMap((step) =>
    step.otherTransitions
      .filter((transition) => ['Approved', 'Implementing'].includes(transition.to) && !transition.restricted)
      .map(
        (transition) => `"${transition.name}" (${step.statusName} → ${transition.to}, ${step.projectKey})`,
      ),
  );
  checks.push({
    key: 'workflow:app-only-transitions',
    ok: open.length === 0,
    title: 'Transitions only the app may take',
    message:
      open.length === 0
        ? "Every way to Approved or Implementing besides JSM's approval is restricted."
        : `Anyone who can transition issues can take ${open.join(', ')}, approving a change without its approvers.`,
    fix:
      open.length === 0
        ? null
        : 'In the workflow, add the condition "Restrict issue transition" to each of these transitions and allow only the Async CAB app (its project role); Async CAB also flags an approval that did not come from JSM or itself.',
  });
  const unknownGroups = policy.approverGroups.filter((group) => !facts.knownGroupIds.includes(group.groupId));
  checks.push({
    key: 'policy:groups',
    ok: unknownGroups.length === 0,
    title: 'Approver groups of the policy exist in Jira',
    message:
      unknownGroups.length === 0
        ? policy.approverGroups.length === 0
          ? 'The policy names no groups yet.'
          : `All ${String(policy.approverGroups.length)} groups exist.`
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
  const advisory = (key: string) => key === 'chat' || key.startsWith('status:');
  return { checks, ready: checks.filter((check) => !advisory(check.key)).every((check) => check.ok) };
}

/** What a fresh policy still lacks, in the order an admin fixes it: systems, change managers, emergency roles. */
function policyChecks(policy: Policy): Check[] {
  const escalations = [policy.changeTypes.standard, policy.changeTypes.normal, policy.changeTypes.emergency];
  const noEscalation = escalations.some((type) => type.escalation.groupId === '');
  return [
    {
      key: 'policy:systems',
      ok: policy.systems.length > 0,
      title: 'Systems and their approver groups',
      message:
        policy.systems.length > 0
          ? `${String(policy.systems.length)} systems in the policy.`
          : 'The policy has no systems yet, so no change request can be routed.',
      fix:
        policy.systems.length > 0
          ? null
          : 'On the Systems tab, add your first system, choose the Jira groups that approve changes to it, and save.',
    },
    {
      key: 'policy:change-managers',
      ok: !noEscalation,
      title: 'Change managers (escalation group)',
      message: noEscalation
        ? 'No escalation group is chosen for every change type: overdue approvals would be flagged but nobody told, and nobody could hand over drafts from GitHub.'
        : 'Overdue approvals are escalated to the chosen groups.',
      fix: noEscalation
        ? 'On the Change types and clocks tab, choose the group of your change managers as the escalation group of each change type.'
        : null,
    },
    {
      key: 'policy:emergency-roles',
      ok: policy.changeTypes.emergency.approverGroupIds.length > 0,
      title: 'Emergency approvers (ECAB)',
      message:
        policy.changeTypes.emergency.approverGroupIds.length > 0
          ? `${String(policy.changeTypes.emergency.approverGroupIds.length)} emergency approver groups.`
          : 'No emergency approver groups: an emergency change would wait for a change manager.',
      fix:
        policy.changeTypes.emergency.approverGroupIds.length > 0
          ? null
          : 'On the Change types and clocks tab, choose the groups that approve emergency changes.',
    },
  ];
}

/** Whether each CAB answer field is on a change request type's form, and required where the policy says. */
function fieldsCheck(
  facts: SetupFacts,
  required: boolean,
  type: SetupFacts['serviceDesks'][number]['requestTypes'][number] & { projectKey: string },
): Check {
  const missing: string[] = [];
  const wrong: string[] = [];
  for (const key of CAB_ANSWER_FIELD_KEYS) {
    const fieldId = facts.appFields[CAB_FIELD_MODULE_KEYS[key]];
    const onForm = type.fields.find((field) => field.fieldId === fieldId);
    if (onForm === undefined) missing.push(CAB_FIELD_LABELS[key]);
    else if (onForm.required !== required) wrong.push(CAB_FIELD_LABELS[key]);
  }
  const ok = missing.length === 0 && wrong.length === 0;
  const parts = [
    missing.length > 0 ? `Not on the form: ${missing.join(', ')}.` : '',
    wrong.length > 0
      ? `${required ? 'Optional' : 'Required'} on the form: ${wrong.join(', ')} (the policy says ${required ? 'required' : 'optional'}).`
      : '',
  ].filter((part) => part !== '');
  const fix = required
    ? 'add the Async CAB fields and mark them required'
    : 'add the Async CAB fields as optional (or tick "CAB answers required on the form" on the Request types tab)';
  return {
    key: `request-type-fields:${type.id}`,
    ok,
    title: `CAB questions on "${type.name}" (${type.projectKey})`,
    message: ok
      ? `All ${String(CAB_ANSWER_FIELD_KEYS.length)} questions are on the form, ${required ? 'required' : 'optional'} as the policy says.`
      : parts.join(' '),
    fix: ok ? null : `In Project settings > Request types > "${type.name}" > Request form, ${fix}.`,
  };
}
