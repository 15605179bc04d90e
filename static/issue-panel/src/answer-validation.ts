/**
 * Checks an answer before it is sent, with the limits of AnswerApprovalPayloadSchema
 * (src/shared/contract-schemas.ts), so the approver fixes a too-long text next to the field instead of
 * reading a refusal from the server. Blank condition rows are dropped: an "Add condition" click that was
 * never filled in is not a condition.
 */
export const COMMENT_MAX = 5000;
export const CONDITION_MAX = 500;
export const CONDITIONS_MAX = 20;

export interface AnswerDraft {
  comment: string;
  conditions: string[];
}

export interface AnswerProblems {
  comment?: string;
  /** By row index of the draft's conditions. */
  conditions: Record<number, string>;
}

export type CheckedAnswer =
  | { ok: true; comment: string | null; conditions: string[] }
  | { ok: false; problems: AnswerProblems; firstInvalidId: string };

export const commentFieldId = 'cab-answer-comment';
export const conditionFieldId = (index: number): string => `cab-answer-condition-${String(index)}`;

export function checkAnswer(draft: AnswerDraft): CheckedAnswer {
  const problems: AnswerProblems = { conditions: {} };
  const ids: string[] = [];
  const comment = draft.comment.trim();
  if (comment.length > COMMENT_MAX) {
    problems.comment = `Keep the comment under ${String(COMMENT_MAX)} characters (it has ${String(comment.length)}).`;
    ids.push(commentFieldId);
  }
  draft.conditions.forEach((condition, index) => {
    const length = condition.trim().length;
    if (length > CONDITION_MAX) {
      problems.conditions[index] =
        `Keep each condition under ${String(CONDITION_MAX)} characters (this one has ${String(length)}).`;
      ids.push(conditionFieldId(index));
    }
  });
  const [firstInvalidId] = ids;
  if (firstInvalidId !== undefined) return { ok: false, problems, firstInvalidId };
  return {
    ok: true,
    comment: comment === '' ? null : comment,
    conditions: draft.conditions.map((condition) => condition.trim()).filter((condition) => condition !== ''),
  };
}
