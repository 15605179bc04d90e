/**
 * Builds the answerApproval payload from what the approver typed: the comment and the conditions (one per
 * line) are optional and left out when empty, as the contract's exact optional properties require.
 */
import type { PayloadOf } from '@async-cab/shared/client';

export type AnswerPayload = PayloadOf<'answerApproval'>;

export function conditionsFrom(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

export function answerPayload(input: {
  issueKey: string;
  approvalId: string;
  decision: 'approve' | 'decline';
  comment: string;
  conditions: string;
}): AnswerPayload {
  const comment = input.comment.trim();
  const conditions = conditionsFrom(input.conditions);
  return {
    issueKey: input.issueKey,
    approvalId: input.approvalId,
    decision: input.decision,
    ...(comment === '' ? {} : { comment }),
    ...(conditions.length === 0 ? {} : { conditions }),
  };
}
