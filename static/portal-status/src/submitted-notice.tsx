/**
 * The confirmation after the answers were submitted. The form it replaces leaves the page, so focus moves
 * here: keyboard and screen-reader users are not dropped at the top of the document.
 */
import { useEffect, useRef } from 'react';
import type { SubmitAnswersView } from '@async-cab/shared/client';
import { SectionMessage } from '../../ui-kit/components';
import { submittedAppearance, submittedTitle } from './submitted-outcome-text';

export function SubmittedNotice(props: { result: SubmitAnswersView }) {
  const target = useRef<HTMLDivElement>(null);
  useEffect(() => {
    target.current?.focus();
  }, [props.result]);
  return (
    <div ref={target} tabIndex={-1} className="rs-focus-target">
      <SectionMessage
        appearance={submittedAppearance[props.result.outcome]}
        title={submittedTitle[props.result.outcome]}
        testId="answers-submitted"
      >
        <p className="rs-note">{props.result.message}</p>
      </SectionMessage>
    </div>
  );
}
