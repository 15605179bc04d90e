/**
 * A risk tier's condition as a form: "Applies when every / any of these holds", then one row per fact with
 * its own control (risk levels, change types, a criticality, yes or no). A condition that nests groups is
 * edited as JSON (condition-json-field.tsx); so is any condition on request ("Edit as JSON").
 */
import { useState } from 'react';
import { Button } from '../../ui-kit/components';
import { ConditionJsonField } from './condition-json-field';
import {
  CHANGE_TYPES,
  conditionOf,
  conditionRows,
  defaultRow,
  FACT_LABELS,
  SEVERITIES,
  YES_NO_WORDS,
  type ConditionRows,
  type FactName,
  type FactRow,
} from './condition-rows';
import { useControl } from './editor-context';

const FACTS = Object.keys(FACT_LABELS) as FactName[];
const words = (value: string) => value.charAt(0).toUpperCase() + value.slice(1);

export function ConditionBuilder(props: { path: string; value: unknown; onChange: (when: unknown) => void }) {
  const rows = conditionRows(props.value);
  const [asJson, setAsJson] = useState(rows === null);
  const { id, error, readOnly } = useControl(props.path);
  if (asJson || rows === null) {
    return (
      <div className="ak-stack">
        <ConditionJsonField path={props.path} value={props.value} onChange={props.onChange} />
        {rows === null ? (
          <p className="ak-help">This condition nests groups of conditions, so it is edited as JSON.</p>
        ) : (
          <Button
            appearance="subtle"
            onClick={() => {
              setAsJson(false);
            }}
          >
            Edit with the form
          </Button>
        )}
      </div>
    );
  }
  const change = (next: ConditionRows) => {
    props.onChange(conditionOf(next));
  };
  const setRow = (index: number, row: FactRow) => {
    change({ ...rows, rows: rows.rows.map((existing, i) => (i === index ? row : existing)) });
  };
  return (
    <fieldset
      className="admin-condition-builder"
      id={id}
      aria-invalid={error !== undefined}
      aria-describedby={error === undefined ? undefined : `${id}-error`}
      data-testid="condition-builder"
    >
      <legend className="ak-label">Applies when</legend>
      <label className="admin-condition-builder__join">
        <span className="ak-visually-hidden">How the conditions combine</span>
        <select
          className="ak-input"
          value={rows.join}
          disabled={readOnly || rows.rows.length < 2}
          onChange={(event) => {
            change({ ...rows, join: event.target.value === 'any' ? 'any' : 'all' });
          }}
        >
          <option value="all">every condition below holds</option>
          <option value="any">any condition below holds</option>
        </select>
      </label>
      <ul className="admin-condition-builder__rows">
        {rows.rows.map((row, index) => (
          <li key={index} className="admin-condition-builder__row" data-testid="condition-row">
            <select
              className="ak-input"
              aria-label={`Condition ${String(index + 1)}: fact`}
              value={row.fact}
              disabled={readOnly}
              onChange={(event) => {
                const fact = FACTS.find((candidate) => candidate === event.target.value);
                if (fact !== undefined) setRow(index, defaultRow(fact));
              }}
            >
              {FACTS.map((fact) => (
                <option key={fact} value={fact}>
                  {FACT_LABELS[fact]}
                </option>
              ))}
            </select>
            <FactValue
              row={row}
              index={index}
              readOnly={readOnly}
              onChange={(next) => {
                setRow(index, next);
              }}
            />
            {readOnly || rows.rows.length < 2 ? null : (
              <Button
                appearance="subtle"
                onClick={() => {
                  change({ ...rows, rows: rows.rows.filter((_row, i) => i !== index) });
                }}
              >
                Remove
              </Button>
            )}
          </li>
        ))}
      </ul>
      {error === undefined ? null : (
        <span className="ak-error" id={`${id}-error`} role="alert">
          {error}
        </span>
      )}
      {readOnly ? null : (
        <div className="ak-row">
          <Button
            onClick={() => {
              change({ ...rows, rows: [...rows.rows, defaultRow('risk')] });
            }}
          >
            Add condition
          </Button>
          <Button
            appearance="subtle"
            onClick={() => {
              setAsJson(true);
            }}
          >
            Edit as JSON
          </Button>
        </div>
      )}
    </fieldset>
  );
}

function FactValue(props: {
  row: FactRow;
  index: number;
  readOnly: boolean;
  onChange: (row: FactRow) => void;
}) {
  const { row, index, readOnly } = props;
  const label = `Condition ${String(index + 1)}`;
  switch (row.fact) {
    case 'risk':
    case 'changeType': {
      const choices: readonly string[] = row.fact === 'risk' ? SEVERITIES : CHANGE_TYPES;
      const chosen: readonly string[] = row.in;
      return (
        <span
          className="admin-condition-builder__choices"
          role="group"
          aria-label={`${label}: ${FACT_LABELS[row.fact]}`}
        >
          {choices.map((choice) => (
            <label key={choice} className="admin-checkbox">
              <input
                type="checkbox"
                checked={chosen.includes(choice)}
                disabled={readOnly}
                onChange={(event) => {
                  const next = event.target.checked
                    ? choices.filter((value) => value === choice || chosen.includes(value))
                    : chosen.filter((value) => value !== choice);
                  props.onChange({ ...row, in: next } as FactRow);
                }}
              />
              {words(choice)}
            </label>
          ))}
        </span>
      );
    }
    case 'systemCriticality':
      return (
        <select
          className="ak-input"
          aria-label={`${label}: criticality`}
          value={row.atLeast}
          disabled={readOnly}
          onChange={(event) => {
            const level = SEVERITIES.find((candidate) => candidate === event.target.value);
            if (level !== undefined) props.onChange({ ...row, atLeast: level });
          }}
        >
          {SEVERITIES.map((level) => (
            <option key={level} value={level}>
              {`${words(level)} critical`}
            </option>
          ))}
        </select>
      );
    default:
      return (
        <select
          className="ak-input"
          aria-label={`${label}: ${FACT_LABELS[row.fact].toLowerCase()}`}
          value={row.equals ? 'yes' : 'no'}
          disabled={readOnly}
          onChange={(event) => {
            props.onChange({ ...row, equals: event.target.value === 'yes' });
          }}
        >
          <option value="yes">{YES_NO_WORDS[row.fact].yes}</option>
          <option value="no">{YES_NO_WORDS[row.fact].no}</option>
        </select>
      );
  }
}
