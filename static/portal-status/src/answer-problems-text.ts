/** Wording for the list of answers that keep a change request from its approvers. */
import type { AnswerProblemView } from '@async-cab/shared/client';

/**
 * One line over the list, e.g. "2 answers are missing and 1 needs correcting." (the second part borrows
 * "answers" from the first, as a person would say it).
 */
export function problemsSummary(problems: readonly AnswerProblemView[]): string {
  const missing = problems.filter((problem) => problem.kind === 'missing').length;
  const invalid = problems.length - missing;
  const missingText = missing === 1 ? '1 answer is missing' : `${String(missing)} answers are missing`;
  if (missing > 0 && invalid === 0) return `${missingText}.`;
  if (missing > 0)
    return `${missingText} and ${String(invalid)} ${invalid === 1 ? 'needs' : 'need'} correcting.`;
  if (invalid > 0)
    return invalid === 1 ? '1 answer needs correcting.' : `${String(invalid)} answers need correcting.`;
  return 'Nothing is missing.';
}

export const problemKindLabel: Record<AnswerProblemView['kind'], string> = {
  missing: 'Missing',
  invalid: 'Needs correcting',
};
