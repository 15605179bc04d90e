/**
 * Chooses a person by name (WAI-ARIA combobox with a listbox popup: type to search, Down/Up/Home/End to
 * move, Enter to choose, Escape to close). Matches come from searchPeople after a pause in typing; the
 * picker shows display names only and hands the chosen person (with their account id) to its owner.
 */
import { useEffect, useState, type KeyboardEvent } from 'react';
import type { PersonView } from '@async-cab/shared/client';
import { contract } from '../../ui-kit/contract';
import { MIN_QUERY_LENGTH, SEARCH_DELAY_MS, nextActiveIndex, searchableQuery } from './person-search';

type Search =
  | { state: 'idle' }
  | { state: 'loading' }
  | { state: 'ready'; people: PersonView[] }
  | { state: 'failed'; message: string };

function statusText(search: Search, query: string, count: number): string {
  if (search.state === 'idle') return `Type at least ${String(MIN_QUERY_LENGTH)} letters of a name or email.`;
  if (search.state === 'loading') return 'Searching…';
  if (search.state === 'failed') return `Could not search for people: ${search.message}`;
  if (count === 0) return `Nobody matches “${query.trim()}”.`;
  return count === 1 ? '1 person matches.' : `${String(count)} people match.`;
}

export function PersonPicker(props: {
  id: string;
  label: string;
  help: string;
  chosen: PersonView | null;
  /** People who are no answer here (e.g. the draft's current requester). */
  excludeAccountIds: readonly string[];
  disabled: boolean;
  onChange: (person: PersonView | null) => void;
}) {
  const [query, setQuery] = useState(props.chosen?.displayName ?? '');
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState<Search>({ state: 'idle' });
  const [active, setActive] = useState(0);
  const wanted = props.chosen === null ? searchableQuery(query) : null;

  useEffect(() => {
    if (wanted === null) {
      setSearch({ state: 'idle' });
      return undefined;
    }
    let live = true;
    setSearch({ state: 'loading' });
    const timer = window.setTimeout(() => {
      contract.searchPeople({ query: wanted }).then(
        (answer) => {
          if (!live) return;
          setSearch(
            answer.ok
              ? { state: 'ready', people: answer.value }
              : { state: 'failed', message: answer.error.message },
          );
          setActive(0);
        },
        (failure: unknown) => {
          if (live) setSearch({ state: 'failed', message: String(failure) });
        },
      );
    }, SEARCH_DELAY_MS);
    return () => {
      live = false;
      window.clearTimeout(timer);
    };
  }, [wanted]);

  const people =
    search.state === 'ready'
      ? search.people.filter((person) => !props.excludeAccountIds.includes(person.accountId))
      : [];
  const expanded = open && people.length > 0;
  const listboxId = `${props.id}-listbox`;
  const optionId = (index: number) => `${props.id}-option-${String(index)}`;

  const choose = (person: PersonView) => {
    setQuery(person.displayName);
    setOpen(false);
    props.onChange(person);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
      return;
    }
    if (event.key === 'Enter') {
      const person = people[active];
      // Enter inside the form would otherwise submit it; it chooses the active match instead.
      if (expanded && person !== undefined) {
        event.preventDefault();
        choose(person);
      }
      return;
    }
    if ((event.key === 'Home' || event.key === 'End') && !expanded) return;
    const next = nextActiveIndex(event.key, active, people.length);
    if (next === null) return;
    event.preventDefault();
    setOpen(true);
    setActive(open ? next : 0);
  };

  return (
    <div className="ak-field">
      <label className="ak-label" htmlFor={props.id}>
        {props.label}
      </label>
      <div className="cab-combobox">
        <input
          id={props.id}
          className="ak-input"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listboxId}
          aria-activedescendant={expanded && people[active] !== undefined ? optionId(active) : undefined}
          aria-describedby={`${props.id}-help ${props.id}-status`}
          autoComplete="off"
          placeholder="Search by name or email"
          value={query}
          disabled={props.disabled}
          data-testid="person-search"
          onChange={(event) => {
            setQuery(event.target.value);
            setOpen(true);
            if (props.chosen !== null) props.onChange(null);
          }}
          onFocus={() => {
            setOpen(true);
          }}
          onBlur={() => {
            setOpen(false);
          }}
          onKeyDown={onKeyDown}
        />
        {expanded ? (
          <ul className="cab-listbox" id={listboxId} role="listbox" aria-label={`${props.label}: matches`}>
            {people.map((person, index) => (
              <li
                key={person.accountId}
                id={optionId(index)}
                role="option"
                aria-selected={index === active}
                className={index === active ? 'cab-option cab-option--active' : 'cab-option'}
                data-testid="person-option"
                onMouseDown={(event) => {
                  // Keeps focus in the input so its blur does not close the list before the click lands.
                  event.preventDefault();
                }}
                onClick={() => {
                  choose(person);
                }}
              >
                {person.displayName}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      <span className="ak-help" id={`${props.id}-help`}>
        {props.help}
      </span>
      <span
        className={props.chosen === null ? 'ak-subtlest' : 'ak-visually-hidden'}
        id={`${props.id}-status`}
        role="status"
      >
        {props.chosen === null
          ? statusText(search, query, people.length)
          : `${props.chosen.displayName} chosen.`}
      </span>
    </div>
  );
}
