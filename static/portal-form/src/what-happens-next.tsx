/** Sets expectations before the person presses Create: approval is asynchronous and decided by policy. */
import { SectionMessage } from '../../ui-kit/components';

export function WhatHappensNext(props: { emergency: boolean }) {
  return (
    <SectionMessage title="What happens next" testId="what-happens-next">
      <p className="cr-note">
        {props.emergency
          ? 'The emergency approvers (ECAB) are paged as soon as you create the request, and answer on a short clock.'
          : 'The change policy decides who is asked to approve, from the systems, change type and risk you give here.'}{' '}
        You will see the approvers and the deadline on the request page, and you are told when it is decided.
      </p>
    </SectionMessage>
  );
}
