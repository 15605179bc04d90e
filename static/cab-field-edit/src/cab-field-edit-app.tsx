/**
 * One edit experience for every CAB field: the module key says which field this frame edits, and only
 * the questions that offer the policy's choices (systems, change types, risks, time zones) load them.
 */
import { view } from '@forge/bridge';
import { useCallback } from 'react';
import type { CabAnswerFieldKey, CabFieldOptionsView, ResolverResult } from '@async-cab/shared/client';
import { LoadFailure, SectionMessage, Spinner } from '../../ui-kit/components';
import { contract } from '../../ui-kit/contract';
import { useResolver } from '../../ui-kit/use-resolver';
import type { FieldExtensionContext } from '../../cab-answers/field-extension-context';
import { useFieldContext } from '../../cab-answers/use-field-context';
import type { FieldBridge } from './field-bridge';
import { FieldEditor } from './field-editor';

const bridge: FieldBridge = {
  submit: (value) => view.submit(value),
  close: () => view.close(),
};

const NEEDS_POLICY: readonly CabAnswerFieldKey[] = ['affectedSystems', 'changeType', 'risk', 'changeWindow'];

/** What a question that offers no policy choices needs: the viewer's zone stands in for the defaults. */
function withoutPolicy(timeZone: string): CabFieldOptionsView {
  return {
    systems: [],
    changeTypes: [],
    risks: [],
    defaultTimeZone: timeZone,
    timeZones: [timeZone],
    emergency: false,
  };
}

function WithPolicyChoices(props: { field: CabAnswerFieldKey; context: FieldExtensionContext }) {
  const { requestTypeId } = props.context;
  const load = useCallback(
    (): Promise<ResolverResult<CabFieldOptionsView>> =>
      contract.getCabFieldOptions(requestTypeId === null ? {} : { requestTypeId }),
    [requestTypeId],
  );
  const [options, reload] = useResolver(load, [load]);
  if (options.state === 'loading') return <Spinner label="Loading the choices…" />;
  if (options.state === 'failed') {
    return (
      <LoadFailure
        title="The choices for this field could not be loaded"
        testId="load-failure"
        onRetry={reload}
      >
        <p className="fe-note">{options.error.message}</p>
      </LoadFailure>
    );
  }
  return <FieldEditor field={props.field} context={props.context} options={options.value} bridge={bridge} />;
}

export function CabFieldEditApp() {
  const loaded = useFieldContext();
  if (loaded.state === 'loading') return <Spinner label="Loading…" />;
  if (loaded.state === 'failed') {
    return (
      <SectionMessage appearance="error" testId="context-failure">
        <p className="fe-note">{loaded.message}</p>
      </SectionMessage>
    );
  }
  const { context } = loaded;
  const { field } = context;
  if (field === null) {
    return (
      <SectionMessage appearance="warning" testId="unknown-field">
        <p className="fe-note">This field is not one of Async CAB&apos;s, so it cannot be edited here.</p>
      </SectionMessage>
    );
  }
  if (field === 'linkedPullRequest') {
    return <p className="fe-note ak-subtle">Async CAB fills in the linked pull request from GitHub.</p>;
  }
  return NEEDS_POLICY.includes(field) ? (
    <WithPolicyChoices field={field} context={context} />
  ) : (
    <FieldEditor field={field} context={context} options={withoutPolicy(context.timeZone)} bridge={bridge} />
  );
}
