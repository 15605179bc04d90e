/** Setup check tab: what the site is missing for Async CAB to work, each item with how to fix it. */
import type { SetupCheckView } from '@async-cab/shared/client';
import { Button, LoadFailure, Lozenge, SectionMessage, Spinner } from '../../ui-kit/components';
import { contract } from '../../ui-kit/contract';
import { useResolver } from '../../ui-kit/use-resolver';
import { ChatChannelForm } from './chat-channel-form';
import { ErrorDetails } from './error-details';

export function SetupCheckTab() {
  const [check, reload] = useResolver(() => contract.getSetupCheck({}), []);
  return (
    <div className="ak-stack" aria-busy={check.state === 'loading'}>
      <div className="admin-toolbar">
        <p className="ak-subtle">
          Checks the request types, their fields and the approval status on this site.
        </p>
        <Button onClick={reload} disabled={check.state === 'loading'} testId="check-again">
          Check again
        </Button>
      </div>
      {check.state === 'loading' ? <Spinner label="Checking the site…" /> : null}
      {check.state === 'failed' ? (
        <LoadFailure title="The setup check could not run" onRetry={reload}>
          <ErrorDetails error={check.error} />
        </LoadFailure>
      ) : null}
      {check.state === 'ready' ? <Checklist view={check.value} /> : null}
      <ChatChannelForm onSaved={reload} />
    </div>
  );
}

function Checklist({ view }: { view: SetupCheckView }) {
  const failing = view.checks.filter((item) => !item.ok).length;
  return (
    <>
      {view.ready ? (
        <SectionMessage appearance="success" title="Ready">
          <p>This site has everything Async CAB needs.</p>
        </SectionMessage>
      ) : (
        <SectionMessage
          appearance="warning"
          title={`${String(failing)} ${failing === 1 ? 'thing needs' : 'things need'} fixing`}
        >
          <p>Change requests may not be routed until these are fixed.</p>
        </SectionMessage>
      )}
      <ul className="admin-checks" data-testid="setup-checks">
        {view.checks.map((item) => (
          <li key={item.key} className="admin-check" data-testid={`setup-check-${item.key}`}>
            <span
              className={
                item.ok
                  ? 'admin-check__icon admin-check__icon--ok'
                  : 'admin-check__icon admin-check__icon--bad'
              }
              aria-hidden="true"
            >
              {item.ok ? '✓' : '✕'}
            </span>
            <div className="admin-check__body">
              <div className="ak-row">
                <strong>{item.title}</strong>
                <Lozenge appearance={item.ok ? 'success' : 'removed'}>{item.ok ? 'OK' : 'Not OK'}</Lozenge>
              </div>
              <p>{item.message}</p>
              {item.fix === null ? null : (
                <p className="admin-check__fix">
                  <strong>How to fix: </strong>
                  {item.fix}
                </p>
              )}
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
