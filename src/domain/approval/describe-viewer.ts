import { type ApprovalSnapshot, type RoutedGroup, type ViewerState } from './approval-state-types';

export interface DescribeViewerInput {
  readonly viewerAccountId: string;
  readonly requesterAccountId: string;
  readonly approval: ApprovalSnapshot | null;
  readonly groups: readonly RoutedGroup[];
  readonly membership: Readonly<Record<string, readonly string[]>>;
}

/**
 * What the viewer may do on the current approval. JSM lets only a listed approver answer, as themselves
 * (docs/platform-assumptions.md); the app additionally refuses the requester (docs/architecture.md). The reason is shown in
 * the panel, so it is a sentence addressed to the viewer.
 */
export function describeViewer(input: DescribeViewerInput): ViewerState {
  const { viewerAccountId, requesterAccountId, approval } = input;
  const isRequester = viewerAccountId === requesterAccountId;
  const entry = approval?.approvers.find((candidate) => candidate.approver.accountId === viewerAccountId);
  const alreadyAnswered = entry !== undefined && entry.approverDecision !== 'pending';
  const state = (canAnswer: boolean, reason: string): ViewerState => ({
    accountId: viewerAccountId,
    canAnswer,
    alreadyAnswered,
    isRequester,
    reason,
  });

  if (approval === null) {
    return state(false, 'Approval has not started: the request has not reached the approval status yet.');
  }
  if (isRequester) {
    return state(false, 'You raised this change request, and requesters cannot approve their own change.');
  }
  if (entry === undefined) {
    return state(false, 'You are not an approver on the current approval of this change request.');
  }
  if (entry.approverDecision !== 'pending') {
    return state(false, `You already ${entry.approverDecision} this change request.`);
  }
  if (approval.finalDecision !== 'pending') {
    return state(false, `The approval is already ${approval.finalDecision}; no more answers are needed.`);
  }
  const viewerGroups = input.groups
    .filter((group) => (input.membership[group.groupId] ?? []).includes(viewerAccountId))
    .map((group) => group.name);
  return state(
    true,
    viewerGroups.length > 0
      ? `Your answer is awaited as a member of ${viewerGroups.join(', ')}.`
      : 'Your answer is awaited: you are listed as an approver on this change request.',
  );
}
