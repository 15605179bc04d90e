/**
 * Edits one CAB field's value inside Jira's form (create, transition, portal) or inline on the issue view.
 * The domain checks the answer as the person types (validateCabField, debounced; late replies ignored) and
 * its messages appear under the part they concern once that part has been left, or at once when a stored
 * value is being edited. How the value reaches Jira depends on where the field is shown (save-mode.ts).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { CabAnswerFieldKey, CabFieldOptionsView } from '@async-cab/shared/client';
import { Button } from '../../ui-kit/components';
import { contract } from '../../ui-kit/contract';
import { readCabFieldValue } from '../../cab-answers/cab-field-value';
import type { FieldExtensionContext } from '../../cab-answers/field-extension-context';
import type { FormField, PlacedErrors } from '../../cab-answers/field-errors';
import type { FormState } from '../../cab-answers/form-state';
import { useLiveValidation } from '../../cab-answers/use-live-validation';
import type { FieldBridge } from './field-bridge';
import { FieldControl } from './field-control';
import { fieldMessages, FIELD_PARTS } from './field-messages';
import { fieldValuesOf, formStateOfEntry, valueToSubmit } from './form-state-value';
import { InlineEditActions } from './inline-edit-actions';
import { saveModeOf } from './save-mode';
import { useInlineSave } from './use-inline-save';
import { useSubmitOnChange } from './use-submit-on-change';

const NO_MESSAGES: PlacedErrors = { byField: {}, general: [] };

export function FieldEditor(props: {
  field: CabAnswerFieldKey;
  context: FieldExtensionContext;
  options: CabFieldOptionsView;
  bridge: FieldBridge;
}) {
  const { field, options, bridge } = props;
  const mode = saveModeOf(props.context.renderContext);
  const [read] = useState(() => readCabFieldValue(field, props.context.fieldValue));
  const stored = read.kind === 'value' ? read.entry : null;
  const [state, setState] = useState<FormState>(() =>
    formStateOfEntry(stored, { timeZone: options.defaultTimeZone, emergency: options.emergency }),
  );
  const [changed, setChanged] = useState(false);
  const [touched, setTouched] = useState<ReadonlySet<FormField>>(new Set());

  // On an emergency request type the change type is emergency whatever was stored: hand that over at once.
  const fixedByPolicy = field === 'changeType' && options.emergency && stored?.value !== 'emergency';
  const values = fieldValuesOf(field, state);
  const submitted = valueToSubmit({ changed: changed || fixedByPolicy, stored, submitted: values.submitted });

  const validate = useCallback(
    (draft: unknown) => contract.validateCabField({ field, value: draft }),
    [field],
  );
  // An untouched empty field has nothing worth checking yet; a stored value is checked at once.
  const validation = useLiveValidation(
    values.draft,
    validate,
    undefined,
    changed || fixedByPolicy || read.kind !== 'empty',
  );
  const { validateNow } = validation;
  const handOver = useSubmitOnChange(
    submitted,
    mode === 'on-change' && (changed || fixedByPolicy),
    bridge.submit,
  );
  const inline = useInlineSave({
    field,
    state,
    draftKey: JSON.stringify(values.draft),
    submitted,
    validateNow,
    bridge,
  });

  const showAll = inline.attempted || read.kind !== 'empty';
  const placed = validation.upToDate ? fieldMessages(field, validation.fieldErrors, state) : NO_MESSAGES;
  const errorOf = (part: FormField): string | undefined =>
    showAll || touched.has(part) ? placed.byField[part] : undefined;
  const general = showAll || touched.size > 0 ? placed.general : [];

  const update = (patch: Partial<FormState>) => {
    setChanged(true);
    inline.reset();
    setState((previous) => ({ ...previous, ...patch }));
  };
  const leave = useCallback(
    (...parts: FormField[]) => {
      setTouched((previous) => new Set([...previous, ...parts]));
      void validateNow();
    },
    [validateNow],
  );

  // Inline edit on the issue view opens on a click on the field: put the keyboard in it, as Jira does.
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (mode !== 'save-button') return;
    formRef.current?.querySelector<HTMLElement>('input:not([disabled]), select, textarea')?.focus();
  }, [mode]);
  // On a create form the host moves focus to the frame of a field that needs attention (a refused Create):
  // the frame's document gets it, not a control, so it is passed on to the field's first control (its
  // first invalid part when its messages show). Tabbing in lands on a control already and is left alone.
  useEffect(() => {
    if (mode !== 'on-change') return undefined;
    const onFocus = () => {
      if (document.activeElement !== null && document.activeElement !== document.body) return;
      const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
      const target =
        invalid instanceof HTMLFieldSetElement
          ? invalid.querySelector<HTMLElement>('input:not([disabled]), select, textarea')
          : invalid;
      (
        target ?? formRef.current?.querySelector<HTMLElement>('input:not([disabled]), select, textarea')
      )?.focus();
    };
    window.addEventListener('focus', onFocus);
    return () => {
      window.removeEventListener('focus', onFocus);
    };
  }, [mode]);

  return (
    <form
      ref={formRef}
      className="fe-field"
      noValidate
      data-testid="field-edit"
      onSubmit={(event) => {
        event.preventDefault();
        if (mode === 'save-button') void inline.save();
        else leave(...FIELD_PARTS[field]);
      }}
      onKeyDown={(event) => {
        if (mode === 'save-button' && event.key === 'Escape') {
          event.preventDefault();
          inline.cancel();
        }
      }}
    >
      {read.kind === 'unreadable' ? (
        <p className="fe-note ak-subtle" data-testid="field-unreadable">
          The stored answer is in a form Async CAB cannot read, so this starts empty.
        </p>
      ) : null}
      {general.length === 0 ? null : (
        <ul className="fe-general ak-error" role="alert" data-testid="field-general-errors">
          {general.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
      <FieldControl
        field={field}
        state={state}
        options={options}
        update={update}
        errorOf={errorOf}
        leave={leave}
      />
      {validation.failure === null ? null : (
        <div className="fe-problem" role="alert" data-testid="field-validation-failure">
          <span>Your answer could not be checked: {validation.failure}</span>
          <Button
            appearance="subtle"
            onClick={() => {
              void validateNow();
            }}
          >
            Check again
          </Button>
        </div>
      )}
      {mode === 'save-button' ? (
        <InlineEditActions
          busy={inline.busy}
          saved={inline.saved}
          failure={inline.failure}
          onCancel={inline.cancel}
        />
      ) : handOver.failure === null ? null : (
        <div className="fe-problem" role="alert" data-testid="field-submit-failure">
          <span>Your answer could not be handed to the form: {handOver.failure}</span>
          <Button appearance="subtle" onClick={handOver.retry}>
            Try again
          </Button>
        </div>
      )}
    </form>
  );
}
