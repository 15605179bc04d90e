/** Wording shared by the panel's parts, kept in one place so the header, the flag and the tests agree. */
import type { LozengeAppearance } from '../../ui-kit/components';
import type { ApprovalPanelView, PersonView } from '@async-cab/shared/client';

type Decision = ApprovalPanelView['decision'];

export const decisionLabels: Record<Decision, { text: string; appearance: LozengeAppearance }> = {
  pending: { text: 'Pending', appearance: 'inprogress' },
  approved: { text: 'Approved', appearance: 'success' },
  declined: { text: 'Declined', appearance: 'removed' },
};

/** The header's lozenge: the decision, or that an emergency is implemented and waits for its approvers. */
export function decisionLabelOf(panel: Pick<ApprovalPanelView, 'decision' | 'phase'>): {
  text: string;
  appearance: LozengeAppearance;
} {
  if (panel.decision === 'pending' && panel.phase === 'implemented-before-approval')
    return { text: 'Implemented, approval pending', appearance: 'moved' };
  return decisionLabels[panel.decision];
}

/** "Sam Rivera, Elena Petrova" — names in the order the resolver gives them (the approval's order). */
export function namesOf(people: readonly PersonView[]): string {
  return people.map((person) => person.displayName).join(', ');
}

/** The success flag after answering, e.g. "You approved CHG-12". */
export function answeredFlagTitle(decision: 'approve' | 'decline', issueKey: string): string {
  return decision === 'approve' ? `You approved ${issueKey}` : `You declined ${issueKey}`;
}

export const changeTypeLabels: Record<'standard' | 'normal' | 'emergency', string> = {
  standard: 'Standard',
  normal: 'Normal',
  emergency: 'Emergency',
};
