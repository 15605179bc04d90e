/**
 * The `cab-admin` page (jira:adminPage), and the Async CAB page's Rules tab: loads the policy, then hands it
 * to the editor.
 */
import { LoadFailure, Spinner } from '../../ui-kit/components';
import { contract } from '../../ui-kit/contract';
import { useResolver } from '../../ui-kit/use-resolver';
import { ErrorDetails } from './error-details';
import { PolicyEditor, type EditorPlace } from './policy-editor';

export function AdminApp(props: { now: () => Date; place?: EditorPlace }) {
  const [policy, reload] = useResolver(() => contract.getPolicy({}), []);
  if (policy.state === 'loading') {
    return (
      <div className="admin-page">
        <Spinner label="Loading the approval policy…" />
      </div>
    );
  }
  if (policy.state === 'failed') {
    return (
      <div className="admin-page">
        <LoadFailure title="The approval policy could not be loaded" testId="load-error" onRetry={reload}>
          <ErrorDetails error={policy.error} />
        </LoadFailure>
      </div>
    );
  }
  // Keyed by revision so a reload after a conflict starts from the newly saved policy.
  return (
    <PolicyEditor
      key={`${String(policy.value.revision)}-${policy.value.updatedAt ?? ''}`}
      initial={policy.value}
      onReload={reload}
      now={props.now}
      {...(props.place === undefined ? {} : { place: props.place })}
    />
  );
}
