/** Labelled inputs bound to one path of the policy: their id and error come from the editor context. */
import { useEffect, useState } from 'react';
import { Field } from '../../ui-kit/components';
import { useControl } from './editor-context';

interface Common {
  path: string;
  label: string;
  help?: string;
  required?: boolean;
}

const fieldProps = (common: Common, id: string, error: string | undefined) => ({
  id,
  label: common.label,
  error,
  ...(common.help === undefined ? {} : { help: common.help }),
  ...(common.required === undefined ? {} : { required: common.required }),
});

export function TextControl(
  props: Common & { value: string; onChange: (value: string) => void; placeholder?: string; list?: string },
) {
  const { id, error, readOnly } = useControl(props.path);
  return (
    <Field {...fieldProps(props, id, error)}>
      {(aria) => (
        <input
          {...aria}
          className="ak-input"
          value={props.value}
          readOnly={readOnly}
          placeholder={props.placeholder}
          list={props.list}
          onChange={(event) => {
            props.onChange(event.target.value);
          }}
        />
      )}
    </Field>
  );
}

/**
 * Keeps what the person typed while it is not a number yet; an empty or unreadable entry is sent as
 * null so the server names the problem next to this field instead of the page guessing a value.
 */
export function NumberControl(
  props: Common & {
    value: number | undefined;
    onChange: (value: number) => void;
    min?: number;
    step?: number;
  },
) {
  const { id, error, readOnly } = useControl(props.path);
  const shown = props.value === undefined || Number.isNaN(props.value) ? '' : String(props.value);
  const [text, setText] = useState(shown);
  useEffect(() => {
    setText((current) => (Number(current) === props.value && current.trim() !== '' ? current : shown));
  }, [props.value, shown]);
  return (
    <Field {...fieldProps(props, id, error)}>
      {(aria) => (
        <input
          {...aria}
          className="ak-input admin-number"
          type="number"
          inputMode="decimal"
          min={props.min}
          step={props.step ?? 'any'}
          value={text}
          readOnly={readOnly}
          onChange={(event) => {
            setText(event.target.value);
            props.onChange(event.target.value.trim() === '' ? Number.NaN : Number(event.target.value));
          }}
        />
      )}
    </Field>
  );
}

export function SelectControl<V extends string>(
  props: Common & {
    value: V;
    options: readonly { value: V; label: string }[];
    onChange: (value: V) => void;
  },
) {
  const { id, error, readOnly } = useControl(props.path);
  return (
    <Field {...fieldProps(props, id, error)}>
      {(aria) => (
        <select
          {...aria}
          className="ak-input"
          value={props.value}
          disabled={readOnly}
          onChange={(event) => {
            const chosen = props.options.find((option) => option.value === event.target.value);
            if (chosen !== undefined) props.onChange(chosen.value);
          }}
        >
          {props.options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

export function CheckboxControl(props: {
  path: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const { id, error, readOnly } = useControl(props.path);
  return (
    <div className="ak-field">
      <label className="admin-checkbox" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          checked={props.checked}
          disabled={readOnly}
          aria-invalid={error !== undefined}
          aria-describedby={error === undefined ? undefined : `${id}-error`}
          onChange={(event) => {
            props.onChange(event.target.checked);
          }}
        />
        {props.label}
      </label>
      {error === undefined ? null : (
        <span className="ak-error" id={`${id}-error`} role="alert">
          {error}
        </span>
      )}
    </div>
  );
}

/** Reminder points as percentages of the response time ("50, 90"), stored as fractions (0.5, 0.9). */
export function PercentListControl(
  props: Common & { value: readonly number[]; onChange: (fractions: number[]) => void },
) {
  const { id, error, readOnly } = useControl(props.path);
  const shown = props.value.map((fraction) => String(Math.round(fraction * 1000) / 10)).join(', ');
  const [text, setText] = useState(shown);
  useEffect(() => {
    setText((current) => (sameFractions(parsePercents(current), props.value) ? current : shown));
  }, [props.value, shown]);
  return (
    <Field {...fieldProps(props, id, error)}>
      {(aria) => (
        <input
          {...aria}
          className="ak-input"
          value={text}
          readOnly={readOnly}
          placeholder="e.g. 50, 90"
          onChange={(event) => {
            setText(event.target.value);
            props.onChange(parsePercents(event.target.value));
          }}
        />
      )}
    </Field>
  );
}

export function parsePercents(text: string): number[] {
  return text
    .split(/[,\s]+/)
    .map((part) => part.replace(/%$/, ''))
    .filter((part) => part !== '')
    .map((part) => Number(part) / 100);
}

const sameFractions = (a: readonly number[], b: readonly number[]): boolean =>
  a.length === b.length && a.every((value, i) => Math.abs(value - (b[i] ?? Number.NaN)) < 1e-9);
