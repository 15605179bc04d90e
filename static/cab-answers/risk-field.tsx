/** The requester's risk assessment: four radio buttons in a row (they wrap on a narrow panel). */
import type { CabFieldOptionsView } from '@async-cab/shared/client';
import { FieldsetField } from './fieldset-field';
import type { RiskValue } from './form-state';

export function RiskField(props: {
  id: string;
  risks: CabFieldOptionsView['risks'];
  value: RiskValue | null;
  error: string | undefined;
  onChange: (value: RiskValue) => void;
  onBlur: () => void;
  /** Set in a field experience, where the host page draws the label: the group's name for screen readers. */
  hostLabel?: string | undefined;
}) {
  return (
    <FieldsetField
      id={props.id}
      legend={props.hostLabel ?? 'Risk'}
      legendHidden={props.hostLabel !== undefined}
      required
      help="Your assessment of what could go wrong, and how badly."
      error={props.error}
    >
      <div className="cr-choices cr-choices--row">
        {props.risks.map((risk) => (
          <label className="cr-choice" key={risk.value}>
            <input
              type="radio"
              name={props.id}
              value={risk.value}
              checked={props.value === risk.value}
              onChange={() => {
                props.onChange(risk.value);
              }}
              onBlur={props.onBlur}
            />
            <span>{risk.label}</span>
          </label>
        ))}
      </div>
    </FieldsetField>
  );
}
