/**
 * A risk tier's condition as JSON. Text that is not JSON yet is kept as a string in the draft, so the page
 * can refuse to save it with a message next to this field (policy-for-save.ts) instead of losing the edit.
 */
import { useEffect, useState } from 'react';
import { Field } from '../../ui-kit/components';
import { useControl } from './editor-context';

const pretty = (value: unknown): string =>
  typeof value === 'string' ? value : JSON.stringify(value, null, 2);

function parsed(text: string): unknown {
  try {
    const value: unknown = JSON.parse(text);
    return value;
  } catch {
    return text;
  }
}

export function ConditionJsonField(props: {
  path: string;
  value: unknown;
  onChange: (when: unknown) => void;
}) {
  const { id, error, readOnly } = useControl(props.path);
  const [text, setText] = useState(() => pretty(props.value));
  useEffect(() => {
    setText((current) =>
      JSON.stringify(parsed(current)) === JSON.stringify(props.value) ? current : pretty(props.value),
    );
  }, [props.value]);
  return (
    <Field
      id={id}
      label="Condition (JSON)"
      help='{ "all": [...] }, { "any": [...] } or a fact: risk, changeType, tested, hasRollbackPlan, systemCriticality, windowOutsideWorkingHours. Checked when you save.'
      error={error}
    >
      {(aria) => (
        <textarea
          {...aria}
          className="ak-input admin-code"
          rows={6}
          spellCheck={false}
          readOnly={readOnly}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            props.onChange(parsed(event.target.value));
          }}
        />
      )}
    </Field>
  );
}
