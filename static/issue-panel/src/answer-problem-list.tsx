/** The CAB answers that keep a change request from its approvers: the question, missing or wrong, and why. */
import { useId } from 'react';
import type { AnswerProblemView } from '@async-cab/shared/client';
import { Lozenge } from '../../ui-kit/components';

const kindText: Record<AnswerProblemView['kind'], string> = {
  missing: 'Missing',
  invalid: 'Needs correcting',
};

export function AnswerProblemList(props: { problems: readonly AnswerProblemView[]; label: string }) {
  const labelId = useId();
  if (props.problems.length === 0) return null;
  return (
    <>
      <p className="cab-message-text cab-problems__label" id={labelId}>
        {props.label}
      </p>
      <ul className="cab-problems" aria-labelledby={labelId} data-testid="answer-problems">
        {props.problems.map((problem, index) => (
          <li
            key={`${problem.field}-${String(index)}`}
            className="cab-problem"
            data-testid={`problem-${problem.field}`}
          >
            <Lozenge appearance={problem.kind === 'missing' ? 'moved' : 'removed'}>
              {kindText[problem.kind]}
            </Lozenge>
            <span>
              <strong>{problem.label}</strong>: {problem.message}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
