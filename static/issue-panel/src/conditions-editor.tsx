/** Optional conditions attached to an answer (e.g. "Deploy after 18:00"); each lands in the decision record. */
import { Button, Field } from '../../ui-kit/components';
import { CONDITIONS_MAX, conditionFieldId } from './answer-validation';

export function ConditionsEditor(props: {
  conditions: string[];
  problems: Record<number, string>;
  disabled: boolean;
  onChange: (conditions: string[]) => void;
}) {
  const { conditions } = props;
  const replace = (index: number, value: string) => {
    props.onChange(conditions.map((condition, at) => (at === index ? value : condition)));
  };
  const remove = (index: number) => {
    props.onChange(conditions.filter((_, at) => at !== index));
  };
  const add = () => {
    props.onChange([...conditions, '']);
    // Move the cursor into the new row so a keyboard user can type at once.
    window.requestAnimationFrame(() => {
      document.getElementById(conditionFieldId(conditions.length))?.focus();
    });
  };
  return (
    <fieldset className="cab-conditions" data-testid="conditions">
      <legend className="ak-label">Conditions (optional)</legend>
      {conditions.length === 0 ? (
        <p className="ak-help">Conditions the change must meet, such as “Deploy after 18:00”.</p>
      ) : null}
      {conditions.map((condition, index) => (
        // Rows have no identity besides their position; removing one re-renders the rest, which is fine here.
        <div className="cab-condition" key={index}>
          <Field
            id={conditionFieldId(index)}
            label={`Condition ${String(index + 1)}`}
            error={props.problems[index]}
          >
            {(aria) => (
              <input
                {...aria}
                className="ak-input"
                value={condition}
                disabled={props.disabled}
                placeholder="e.g. Deploy after 18:00"
                onChange={(event) => {
                  replace(index, event.target.value);
                }}
              />
            )}
          </Field>
          <button
            type="button"
            className="cab-link-button cab-condition__remove"
            aria-label={`Remove condition ${String(index + 1)}`}
            disabled={props.disabled}
            onClick={() => {
              remove(index);
            }}
          >
            Remove
          </button>
        </div>
      ))}
      {conditions.length < CONDITIONS_MAX ? (
        <Button appearance="subtle" onClick={add} disabled={props.disabled} testId="add-condition">
          + Add condition
        </Button>
      ) : (
        <p className="ak-help">An answer can carry at most {CONDITIONS_MAX} conditions.</p>
      )}
    </fieldset>
  );
}
