/**
 * Standard / normal / emergency, each with its one-line explanation from the policy. On a request type
 * the policy marks as emergency the choice is fixed (the request type decides the ECAB route), and the
 * field says why.
 */
import type { CabFieldOptionsView } from '@async-cab/shared/client';
import { FieldsetField } from './fieldset-field';
import type { ChangeTypeValue } from './form-state';

export function ChangeTypeField(props: {
  id: string;
  options: CabFieldOptionsView;
  value: ChangeTypeValue | null;
  error: string | undefined;
  onChange: (value: ChangeTypeValue) => void;
  onBlur: () => void;
  /** Set in a field experience, where the host page draws the label: the group's name for screen readers. */
  hostLabel?: string | undefined;
}) {
  const legend = props.hostLabel ?? 'Change type';
  const legendHidden = props.hostLabel !== undefined;
  if (props.options.emergency) {
    const emergency = props.options.changeTypes.find((type) => type.value === 'emergency');
    return (
      <FieldsetField id={props.id} legend={legend} legendHidden={legendHidden} error={props.error}>
        <p className="cr-fixed" data-testid="change-type-fixed">
          <strong>{emergency?.label ?? 'Emergency'}</strong>: fixed, because this request type is for
          emergency changes. {emergency?.description ?? ''}
        </p>
      </FieldsetField>
    );
  }
  return (
    <FieldsetField id={props.id} legend={legend} legendHidden={legendHidden} required error={props.error}>
      <div className="cr-choices">
        {props.options.changeTypes.map((type) => (
          <label className="cr-choice cr-choice--described" key={type.value}>
            <input
              type="radio"
              name={props.id}
              value={type.value}
              checked={props.value === type.value}
              onChange={() => {
                props.onChange(type.value);
              }}
              onBlur={props.onBlur}
            />
            <span>
              <span className="cr-choice__label">{type.label}</span>
              <span className="ak-help cr-choice__description">{type.description}</span>
            </span>
          </label>
        ))}
      </div>
    </FieldsetField>
  );
}
