/**
 * Affected systems as a checkbox list (keyboard: Tab into the list, Space to tick). With many systems a
 * search box filters the list; ticked systems stay listed above the matches so they can be unticked.
 */
import { useId, useState } from 'react';
import type { CabFieldOptionsView } from '@async-cab/shared/client';
import { FieldsetField } from './fieldset-field';

/** Beyond this many systems the list gets a search box (a panel shows about eight rows comfortably). */
export const SEARCH_THRESHOLD = 8;

type SystemOption = CabFieldOptionsView['systems'][number];

export function SystemsPicker(props: {
  id: string;
  systems: SystemOption[];
  selected: string[];
  error: string | undefined;
  onChange: (selected: string[]) => void;
  onBlur: () => void;
  /** Set in a field experience, where the host page draws the label: the group's name for screen readers. */
  hostLabel?: string | undefined;
}) {
  const [query, setQuery] = useState('');
  const searchId = useId();
  const searchable = props.systems.length > SEARCH_THRESHOLD;
  const needle = query.trim().toLowerCase();
  const shown = props.systems.filter(
    (system) =>
      !searchable ||
      needle === '' ||
      props.selected.includes(system.key) ||
      system.name.toLowerCase().includes(needle) ||
      system.key.includes(needle),
  );
  const toggle = (key: string, on: boolean) => {
    // Keep the policy's order so the submitted list does not depend on click order.
    const next = props.systems
      .map((system) => system.key)
      .filter((k) => (k === key ? on : props.selected.includes(k)));
    props.onChange(next);
  };
  return (
    <FieldsetField
      id={props.id}
      legend={props.hostLabel ?? 'Affected systems'}
      legendHidden={props.hostLabel !== undefined}
      required
      help="The systems this change touches. They decide which approver groups are asked."
      error={props.error}
    >
      {searchable ? (
        <input
          id={searchId}
          className="ak-input cr-search"
          type="search"
          placeholder="Search systems"
          aria-label="Search systems"
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
          }}
        />
      ) : null}
      {props.systems.length === 0 ? (
        <p className="ak-subtle">
          The change policy has no systems yet. Ask your change manager to add them.
        </p>
      ) : null}
      <ul className="cr-checklist" data-testid="systems-list">
        {shown.map((system) => (
          <li key={system.key}>
            <label className="cr-choice">
              <input
                type="checkbox"
                value={system.key}
                checked={props.selected.includes(system.key)}
                onChange={(event) => {
                  toggle(system.key, event.target.checked);
                }}
                onBlur={props.onBlur}
              />
              <span>{system.name}</span>
              <span className="ak-subtlest">{system.criticality} criticality</span>
            </label>
          </li>
        ))}
      </ul>
      {searchable && shown.length === props.selected.length && needle !== '' ? (
        <p className="ak-subtle" role="status">
          No other system matches “{query.trim()}”.
        </p>
      ) : null}
      <span className="ak-visually-hidden" role="status">
        {props.selected.length} selected
      </span>
    </FieldsetField>
  );
}
