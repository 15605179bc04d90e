/**
 * Chooses one Atlassian account by name (the searchPeople resolver, as the caller). The policy stores the
 * account id; the page shows the name it learnt from the search (`known`) or says the account is unnamed.
 */
import { useEffect, useState } from 'react';
import type { PersonView } from '@async-cab/shared/client';
import { Field } from '../../ui-kit/components';
import { contract } from '../../ui-kit/contract';
import { useControl } from './editor-context';

type Search =
  | { state: 'idle' }
  | { state: 'loading' }
  | { state: 'ready'; people: PersonView[] }
  | { state: 'failed'; message: string };

/** One search per pause in typing: Jira's user search is rate limited like every REST call. */
const SEARCH_DELAY_MS = 200;

export function PersonPicker(props: {
  path: string;
  label: string;
  accountId: string;
  /** Names learnt from searches on this page, by account id. */
  known: ReadonlyMap<string, string>;
  onChoose: (person: PersonView) => void;
}) {
  const { id, error, readOnly } = useControl(props.path);
  const [query, setQuery] = useState('');
  const [search, setSearch] = useState<Search>({ state: 'idle' });

  useEffect(() => {
    const text = query.trim();
    if (text === '') {
      setSearch({ state: 'idle' });
      return undefined;
    }
    let live = true;
    setSearch({ state: 'loading' });
    const timer = setTimeout(() => {
      contract
        .searchPeople({ query: text })
        .then((answer) => {
          if (!live) return;
          setSearch(
            answer.ok
              ? { state: 'ready', people: answer.value }
              : { state: 'failed', message: answer.error.message },
          );
        })
        .catch((failure: unknown) => {
          if (live) setSearch({ state: 'failed', message: String(failure) });
        });
    }, SEARCH_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query]);

  const name = props.known.get(props.accountId);
  const chosen =
    props.accountId === ''
      ? 'Nobody chosen yet'
      : (name ?? 'An Atlassian account (search to see or change who)');
  const listboxId = `${id}-listbox`;
  return (
    <Field id={id} label={props.label} error={error}>
      {(aria) => (
        <div className="admin-picker">
          <p className="admin-chosen-person" data-testid="chosen-person">
            {chosen}
          </p>
          {readOnly ? null : (
            <div className="admin-combobox">
              <input
                {...aria}
                className="ak-input"
                role="combobox"
                aria-autocomplete="list"
                aria-expanded={search.state !== 'idle'}
                aria-controls={listboxId}
                placeholder="Search people by name"
                autoComplete="off"
                value={query}
                onChange={(event) => {
                  setQuery(event.target.value);
                }}
              />
              {search.state === 'idle' ? null : (
                <ul
                  className="admin-listbox"
                  id={listboxId}
                  role="listbox"
                  aria-label={`${props.label}: matches`}
                >
                  {search.state === 'loading' ? (
                    <li className="admin-listbox__note">Searching people…</li>
                  ) : null}
                  {search.state === 'failed' ? (
                    <li className="admin-listbox__note" role="alert">
                      Could not search people: {search.message}
                    </li>
                  ) : null}
                  {search.state === 'ready' && search.people.length === 0 ? (
                    <li className="admin-listbox__note">Nobody matches “{query}”.</li>
                  ) : null}
                  {search.state === 'ready'
                    ? search.people.map((person) => (
                        <li
                          key={person.accountId}
                          role="option"
                          aria-selected={person.accountId === props.accountId}
                          className="admin-option"
                          onClick={() => {
                            props.onChoose(person);
                            setQuery('');
                          }}
                        >
                          {person.displayName}
                        </li>
                      ))
                    : null}
                </ul>
              )}
            </div>
          )}
        </div>
      )}
    </Field>
  );
}
