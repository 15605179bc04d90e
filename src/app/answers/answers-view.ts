import {
  ANSWER_OF_FIELD,
  answerOfFieldValue,
  validateFieldValue,
  type AnswerProblem,
  type CabFieldValues,
} from '../../domain/change-request';
import type { Policy } from '../../domain/policy';
import type { CabAnswerFieldKey } from '../../shared/cab-fields';
import type { AnswerProblemView, AnswersView } from '../../shared/view-models';

export function answerProblemViews(problems: readonly AnswerProblem[]): AnswerProblemView[] {
  return problems.map((problem) => ({
    field: problem.path,
    label: problem.label,
    kind: problem.kind,
    message: problem.message,
  }));
}

/**
 * The answers a form may start from: each field's answer when it passes the domain's rules for that field
 * (a malformed value written by some client is reported as a problem and not shown as if it were fine).
 */
export function answersForForm(policy: Policy, fields: CabFieldValues): AnswersView['answers'] {
  const known = policy.systems.map((system) => system.key);
  const answers: AnswersView['answers'] = {};
  for (const [field, answerKey] of Object.entries(ANSWER_OF_FIELD) as [CabAnswerFieldKey, string][]) {
    const value = fields[field];
    if (value === undefined || !validateFieldValue(field, value, known).ok) continue;
    // The value passed its field's schema above, which is the view's answer shape for that key.
    Object.assign(answers, { [answerKey]: answerOfFieldValue(field, value) });
  }
  return answers;
}
