/** What the requester reads once their answers are in, per submitAnswers outcome. */
import type { SubmitAnswersView } from '@async-cab/shared/client';

type Outcome = SubmitAnswersView['outcome'];

export const submittedTitle: Record<Outcome, string> = {
  routed: 'Sent to the approvers',
  'already-routed': 'Already with the approvers',
  'needs-attention': 'Answers saved: a change manager has to route it',
  busy: 'Answers saved: it is being sent to the approvers',
};

export const submittedAppearance: Record<Outcome, 'success' | 'information' | 'warning'> = {
  routed: 'success',
  'already-routed': 'information',
  'needs-attention': 'warning',
  busy: 'information',
};
