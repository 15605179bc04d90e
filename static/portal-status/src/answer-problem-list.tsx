/**
 * What keeps the change request from its approvers, one line per answer: the question, missing or needing
 * correction, and what to do. For the requester each question is a button that moves to its field.
 */
import type { AnswerProblemView } from '@async-cab/shared/client';
import { Lozenge } from '../../ui-kit/components';
import { focusField } from '../../cab-answers/field-ids';
import { problemFormField } from './answers-form-errors';
import { problemKindLabel, problemsSummary } from './answer-problems-text';

function ProblemLabel(props: { problem: AnswerProblemView; linked: boolean }) {
  const field = props.linked ? problemFormField(props.problem) : null;
  if (field === null) return <strong>{props.problem.label}</strong>;
  return (
    <button
      type="button"
      className="rs-link-button"
      onClick={() => {
        focusField(field);
      }}
    >
      {props.problem.label}
    </button>
  );
}

export function AnswerProblemList(props: { problems: readonly AnswerProblemView[]; linked: boolean }) {
  if (props.problems.length === 0) return null;
  return (
    <section className="rs-section" aria-labelledby="rs-problems">
      <h3 id="rs-problems">What is still needed</h3>
      <p className="ak-subtle rs-note" data-testid="problems-summary">
        {problemsSummary(props.problems)}
      </p>
      <ul className="rs-problems" data-testid="answer-problems">
        {props.problems.map((problem, index) => (
          <li
            key={`${problem.field}-${String(index)}`}
            className="rs-problem"
            data-testid={`problem-${problem.field}`}
          >
            <Lozenge appearance={problem.kind === 'missing' ? 'moved' : 'removed'}>
              {problemKindLabel[problem.kind]}
            </Lozenge>
            <span>
              <ProblemLabel problem={problem} linked={props.linked} />: {problem.message}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
