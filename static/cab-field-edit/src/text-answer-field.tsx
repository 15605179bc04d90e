/**
 * A free-text answer (consequence of not releasing, rollback plan). The host page draws the field's
 * label and description, so the label and help here are for screen readers only.
 */
export function TextAnswerField(props: {
  id: string;
  label: string;
  help: string;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
  onBlur: () => void;
}) {
  const describedBy = [`${props.id}-help`, props.error === undefined ? '' : `${props.id}-error`]
    .filter((id) => id !== '')
    .join(' ');
  return (
    <div className="ak-field" data-testid={`field-${props.id}`}>
      <label className="ak-visually-hidden" htmlFor={props.id}>
        {props.label}
      </label>
      <textarea
        id={props.id}
        className="ak-input"
        rows={3}
        value={props.value}
        aria-invalid={props.error !== undefined}
        aria-describedby={describedBy}
        onChange={(event) => {
          props.onChange(event.target.value);
        }}
        onBlur={props.onBlur}
      />
      {/* The host draws the field's description under the frame; the help stays for screen readers. */}
      <span className="ak-visually-hidden" id={`${props.id}-help`}>
        {props.help}
      </span>
      {props.error === undefined ? null : (
        <span className="ak-error" id={`${props.id}-error`} role="alert" data-testid={`error-${props.id}`}>
          {props.error}
        </span>
      )}
    </div>
  );
}
