/** Has it been tested? Yes asks for the evidence link (https), no asks why not. */
import { Field } from '../ui-kit/components';
import { FieldsetField } from './fieldset-field';

export function TestingField(props: {
  ids: { tested: string; evidenceUrl: string; reason: string };
  tested: boolean | null;
  evidenceUrl: string;
  reason: string;
  errors: { tested: string | undefined; evidenceUrl: string | undefined; reason: string | undefined };
  onTested: (tested: boolean) => void;
  onEvidenceUrl: (value: string) => void;
  onReason: (value: string) => void;
  onBlur: () => void;
  /** Set in a field experience, where the host page draws the label: the group's name for screen readers. */
  hostLabel?: string | undefined;
}) {
  return (
    <div
      className="cr-testing"
      role={props.hostLabel === undefined ? undefined : 'group'}
      aria-label={props.hostLabel}
    >
      <FieldsetField
        id={props.ids.tested}
        legend="Has the change been tested?"
        required
        error={props.errors.tested}
      >
        <div className="cr-choices cr-choices--row">
          {[
            { value: true, label: 'Yes' },
            { value: false, label: 'No' },
          ].map((choice) => (
            <label className="cr-choice" key={choice.label}>
              <input
                type="radio"
                name={props.ids.tested}
                checked={props.tested === choice.value}
                onChange={() => {
                  props.onTested(choice.value);
                }}
                onBlur={props.onBlur}
              />
              <span>{choice.label}</span>
            </label>
          ))}
        </div>
      </FieldsetField>
      {props.tested === true ? (
        <Field
          id={props.ids.evidenceUrl}
          label="Link to the test evidence"
          required
          help="An https link approvers can open: a CI run, a test report, a staging check."
          error={props.errors.evidenceUrl}
        >
          {(aria) => (
            <input
              {...aria}
              className="ak-input"
              type="url"
              inputMode="url"
              placeholder="https://"
              value={props.evidenceUrl}
              onChange={(event) => {
                props.onEvidenceUrl(event.target.value);
              }}
              onBlur={props.onBlur}
            />
          )}
        </Field>
      ) : null}
      {props.tested === false ? (
        <Field
          id={props.ids.reason}
          label="Why was it not tested?"
          required
          help="Approvers weigh this against the risk."
          error={props.errors.reason}
        >
          {(aria) => (
            <textarea
              {...aria}
              className="ak-input"
              value={props.reason}
              onChange={(event) => {
                props.onReason(event.target.value);
              }}
              onBlur={props.onBlur}
            />
          )}
        </Field>
      ) : null}
    </div>
  );
}
