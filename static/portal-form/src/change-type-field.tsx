/**
 * Standard / normal / emergency, each with its one-line explanation from the policy. On the Emergency
 * change request type the choice is fixed (the request type decides the ECAB route), and the panel says so.
 */
import type { PortalFormOptionsView } from '@async-cab/shared/client';
import { FieldsetField } from './fieldset-field';
import type { ChangeTypeValue } from './form-state';

export function ChangeTypeField(props: {
  id: string;
  options: PortalFormOptionsView;
  value: ChangeTypeValue | null;
  error: string | undefined;
  onChange: (value: ChangeTypeValue) => void;
  onBlur: () => void;
}) {
  if (props.options.emergency) {
    const emergency = props.options.changeTypes.find((type) => type.value === 'emergency');
    return (
      <FieldsetField id={props.id} legend="Change type" error={props.error}>
        <p className="cr-fixed" data-testid="change-type-fixed">
          <strong>{emergency?.label ?? 'Emergency'}</strong>: fixed for the Emergency change request type.{' '}
          {emergency?.description ?? ''}
        </p>
      </FieldsetField>
    );
  }
  return (
    <FieldsetField id={props.id} legend="Change type" required error={props.error}>
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
