/**
 * One view experience for every CAB field (issue view and portal request view, and the read-only linked
 * pull request): reads the field's module and value from the context and shows the value as words. Only
 * affected systems need the policy (for names); the rest is shown straight from the stored value.
 */
import { useCallback } from 'react';
import type { CabFieldOptionsView, ResolverResult } from '@async-cab/shared/client';
import { SectionMessage, Spinner } from '../../ui-kit/components';
import { contract } from '../../ui-kit/contract';
import { useResolver } from '../../ui-kit/use-resolver';
import { readCabFieldValue } from '../../cab-answers/cab-field-value';
import type { FieldExtensionContext } from '../../cab-answers/field-extension-context';
import { useFieldContext } from '../../cab-answers/use-field-context';
import { describeFieldValue } from './describe-field-value';
import { FieldValueDisplay } from './field-value-display';

function SystemsWithNames(props: { context: FieldExtensionContext }) {
  const { requestTypeId } = props.context;
  const load = useCallback(
    (): Promise<ResolverResult<CabFieldOptionsView>> =>
      contract.getCabFieldOptions(requestTypeId === null ? {} : { requestTypeId }),
    [requestTypeId],
  );
  const [options] = useResolver(load, [load]);
  if (options.state === 'loading') return <Spinner label="Loading system names…" />;
  const systems = options.state === 'ready' ? options.value.systems : null;
  return (
    <>
      <Value context={props.context} systems={systems} />
      {options.state === 'failed' ? (
        <p className="fv-muted fv-note" data-testid="names-unavailable">
          System names could not be loaded ({options.error.message}); showing their keys.
        </p>
      ) : null}
    </>
  );
}

function Value(props: { context: FieldExtensionContext; systems: CabFieldOptionsView['systems'] | null }) {
  const { context } = props;
  if (context.field === null) {
    return <span className="fv-muted">This field is not one of Async CAB's fields.</span>;
  }
  const display = describeFieldValue({
    field: context.field,
    raw: context.fieldValue,
    systems: props.systems,
    viewer: { timeZone: context.timeZone, locale: context.locale },
    now: new Date(),
  });
  return <FieldValueDisplay display={display} />;
}

export function CabFieldViewApp() {
  const context = useFieldContext();
  if (context.state === 'loading') return <Spinner label="Loading…" />;
  if (context.state === 'failed') {
    return (
      <SectionMessage appearance="error" testId="context-failure">
        <p className="fv-note">{context.message}</p>
      </SectionMessage>
    );
  }
  const needsNames =
    context.context.field === 'affectedSystems' &&
    readCabFieldValue('affectedSystems', context.context.fieldValue).kind === 'value';
  return (
    <div className="fv-field" data-testid="field-view">
      {needsNames ? (
        <SystemsWithNames context={context.context} />
      ) : (
        <Value context={context.context} systems={null} />
      )}
    </div>
  );
}
