/**
 * "Freeze windows" tab (src/domain/policy/freeze-window-schema.ts): periods in which changes should not be
 * planned. The policy stores instants with their offset; the page shows and takes them as local times in a
 * zone the person names (the policy's default zone to begin with), so "00:00 Europe/London" means what it says.
 */
import { useState } from 'react';
import type { PolicyFreezeWindow } from '@async-cab/shared/client';
import { Button, Field } from '../../ui-kit/components';
import { isKnownTimeZone, localDateAndTimeOf, zonedInstant } from '../../ui-kit/time-zones';
import { useControl, useEditor } from './editor-context';
import { SelectControl, TextControl } from './form-controls';
import { removeAt, replaceAt, type PolicyDraft } from './policy-document';
import { TIME_ZONE_LIST_ID } from './time-zone-list';

const KIND_OPTIONS = [
  { value: 'hard', label: 'Hard: only emergency changes may be planned' },
  { value: 'soft', label: 'Soft: planning is allowed, with a warning' },
] as const;

/** A local date and time in the zone; what is not a whole date and time yet is kept for the server to name. */
function LocalTimeControl(props: {
  path: string;
  label: string;
  value: string;
  timeZone: string;
  onChange: (instant: string) => void;
}) {
  const { id, error, readOnly } = useControl(props.path);
  const local = localDateAndTimeOf(props.value, props.timeZone);
  const shown = local === null ? '' : `${local.date}T${local.time}`;
  return (
    <Field id={id} label={`${props.label} (${props.timeZone})`} error={error}>
      {(aria) => (
        <input
          {...aria}
          type="datetime-local"
          className="ak-input"
          readOnly={readOnly}
          value={shown}
          onChange={(event) => {
            const [date = '', time = ''] = event.target.value.split('T');
            props.onChange(zonedInstant(date, time, props.timeZone)?.iso ?? event.target.value);
          }}
        />
      )}
    </Field>
  );
}

function SystemsControl(props: {
  path: string;
  selected: readonly string[] | undefined;
  systems: PolicyDraft['systems'];
  onChange: (systems: string[] | undefined) => void;
}) {
  const { id, error, readOnly } = useControl(props.path);
  const chosen = props.selected ?? [];
  return (
    <fieldset
      className="admin-fieldset ak-field"
      aria-describedby={error === undefined ? undefined : `${id}-error`}
    >
      <legend className="ak-label" id={id} tabIndex={-1}>
        Systems it freezes
      </legend>
      <span className="ak-help">None ticked: every system.</span>
      <div className="ak-row">
        {props.systems.map((system) => (
          <label key={system.key} className="admin-checkbox">
            <input
              type="checkbox"
              disabled={readOnly}
              checked={chosen.includes(system.key)}
              onChange={(event) => {
                const next = event.target.checked
                  ? [...chosen, system.key]
                  : chosen.filter((key) => key !== system.key);
                props.onChange(next.length === 0 ? undefined : next);
              }}
            />
            {system.name}
          </label>
        ))}
      </div>
      {error === undefined ? null : (
        <span className="ak-error" id={`${id}-error`} role="alert">
          {error}
        </span>
      )}
    </fieldset>
  );
}

/** Leaving `systems` out is "every system"; the draft never carries an empty list. */
function withSystems(freeze: PolicyFreezeWindow, systems: string[] | undefined): PolicyFreezeWindow {
  const { systems: _dropped, ...rest } = freeze;
  return systems === undefined ? rest : { ...rest, systems };
}

export function FreezeWindowsTab(props: {
  policy: PolicyDraft;
  onChange: (update: (policy: PolicyDraft) => PolicyDraft) => void;
}) {
  const { readOnly } = useEditor();
  const zoneControl = useControl('freezeWindows.timeZone');
  const [timeZone, setTimeZone] = useState(props.policy.defaults.timeZone);
  const [zoneText, setZoneText] = useState(timeZone);
  const freezes = props.policy.freezeWindows;
  const set = (next: PolicyFreezeWindow[]) => {
    props.onChange((current) => ({ ...current, freezeWindows: next }));
  };
  return (
    <section className="ak-stack" aria-labelledby="freeze-windows-heading" data-testid="freeze-windows">
      <div className="admin-toolbar">
        <div>
          <h3 id="freeze-windows-heading">Freeze windows</h3>
          <p className="ak-subtle">
            Periods in which changes should not be planned, for every system or some.
          </p>
        </div>
        {readOnly ? null : (
          <Button
            onClick={() => {
              set([...freezes, { name: '', start: '', end: '', kind: 'hard' }]);
            }}
          >
            Add freeze window
          </Button>
        )}
      </div>
      <Field
        id={zoneControl.id}
        label="Show and enter times in"
        help="Only how this page shows the times; each start and end is saved as an exact moment."
      >
        {(aria) => (
          <input
            {...aria}
            className="ak-input"
            list={TIME_ZONE_LIST_ID}
            value={zoneText}
            onChange={(event) => {
              setZoneText(event.target.value);
              if (isKnownTimeZone(event.target.value)) setTimeZone(event.target.value);
            }}
          />
        )}
      </Field>
      {freezes.length === 0 ? <p className="ak-subtle">No freeze windows.</p> : null}
      {freezes.map((freeze, index) => {
        const path = `freezeWindows.${String(index)}`;
        const setFreeze = (next: PolicyFreezeWindow) => {
          set(replaceAt(freezes, index, next));
        };
        return (
          <article
            key={index}
            className="ak-card"
            aria-labelledby={`${path}-heading`}
            data-testid="freeze-window"
          >
            <div className="admin-editor__header">
              <h4 id={`${path}-heading`}>{freeze.name.trim() === '' ? 'New freeze window' : freeze.name}</h4>
              {readOnly ? null : (
                <button
                  type="button"
                  className="ak-button ak-button--subtle"
                  aria-label={`Remove freeze window ${freeze.name || 'new freeze window'}`}
                  onClick={() => {
                    set(removeAt(freezes, index));
                  }}
                >
                  Remove
                </button>
              )}
            </div>
            <div className="admin-grid">
              <TextControl
                path={`${path}.name`}
                label="Name"
                required
                placeholder="e.g. Year-end freeze"
                value={freeze.name}
                onChange={(name) => {
                  setFreeze({ ...freeze, name });
                }}
              />
              <SelectControl
                path={`${path}.kind`}
                label="Kind"
                value={freeze.kind}
                options={KIND_OPTIONS}
                onChange={(kind) => {
                  setFreeze({ ...freeze, kind });
                }}
              />
              <LocalTimeControl
                path={`${path}.start`}
                label="Starts"
                value={freeze.start}
                timeZone={timeZone}
                onChange={(start) => {
                  setFreeze({ ...freeze, start });
                }}
              />
              <LocalTimeControl
                path={`${path}.end`}
                label="Ends"
                value={freeze.end}
                timeZone={timeZone}
                onChange={(end) => {
                  setFreeze({ ...freeze, end });
                }}
              />
              <div className="admin-span-all">
                <SystemsControl
                  path={`${path}.systems`}
                  selected={freeze.systems}
                  systems={props.policy.systems}
                  onChange={(systems) => {
                    setFreeze(withSystems(freeze, systems));
                  }}
                />
              </div>
            </div>
          </article>
        );
      })}
    </section>
  );
}
