/** Loads the form options for this request type, then shows the CAB questions (or why it cannot). */
import { useCallback } from 'react';
import { contract } from '../../ui-kit/contract';
import { LoadFailure, Spinner } from '../../ui-kit/components';
import { useResolver } from '../../ui-kit/use-resolver';
import { ChangeRequestForm } from './change-request-form';
import { loadCreatePanelContext } from './extension-context';
import type { ChangeRequestAnswers } from './form-state';
import { submitToJsm } from './submit-to-jsm';

async function loadOptions() {
  const context = await loadCreatePanelContext();
  return contract.getPortalFormOptions(
    context.requestTypeId === null ? {} : { requestTypeId: context.requestTypeId },
  );
}

export function PortalFormApp() {
  const [options, reload] = useResolver(loadOptions, []);
  const validate = useCallback(
    (answers: ChangeRequestAnswers) => contract.validateChangeRequest({ changeRequest: answers }),
    [],
  );
  if (options.state === 'loading') {
    return (
      <div className="cr-panel">
        <Spinner label="Loading the change request questions…" />
      </div>
    );
  }
  if (options.state === 'failed') {
    return (
      <div className="cr-panel">
        <LoadFailure
          title="The change request questions could not be loaded"
          testId="load-failure"
          onRetry={reload}
        >
          <p className="cr-note">{options.error.message}</p>
        </LoadFailure>
      </div>
    );
  }
  return (
    <div className="cr-panel">
      <ChangeRequestForm options={options.value} validate={validate} submit={submitToJsm} />
    </div>
  );
}
