/**
 * Chooses Jira groups by name (WAI-ARIA combobox pattern: type to search, arrow keys to move, Enter to
 * choose, Escape to close). The policy stores group ids; names come from the search and are kept in
 * approverGroups by the caller.
 */
import { useEffect, useState, type KeyboardEvent } from 'react';
import type { JiraGroupView, PolicyApproverGroup } from '@async-cab/shared/client';
import { Field } from '../../ui-kit/components';
import { contract } from '../../ui-kit/contract';
import { useControl, useEditor } from './editor-context';
import { groupName } from './policy-document';

type Search =
  { state: 'loading' } | { state: 'ready'; groups: JiraGroupView[] } | { state: 'failed'; message: string };

/** Waits for a pause in typing so one search runs per word, not per key (Jira group search is rate limited). */
const SEARCH_DELAY_MS = 200;

export function GroupPicker(props: {
  path: string;
  label: string;
  help?: string;
  selected: readonly string[];
  /** One group only (e.g. the escalation target): choosing replaces the current one. */
  single?: boolean;
  onAdd: (group: PolicyApproverGroup) => void;
  onRemove: (groupId: string) => void;
}) {
  const { id, error, readOnly } = useControl(props.path);
  const { policy } = useEditor();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [search, setSearch] = useState<Search>({ state: 'loading' });
  const [active, setActive] = useState(0);

  useEffect(() => {
    if (!open) return undefined;
    let live = true;
    setSearch({ state: 'loading' });
    const timer = setTimeout(() => {
      contract
        .searchJiraGroups({ query: query.trim() })
        .then((answer) => {
          if (!live) return;
          setSearch(
            answer.ok
              ? { state: 'ready', groups: answer.value }
              : { state: 'failed', message: answer.error.message },
          );
          setActive(0);
        })
        .catch((failure: unknown) => {
          if (live) setSearch({ state: 'failed', message: String(failure) });
        });
    }, SEARCH_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [open, query]);

  const options =
    search.state === 'ready'
      ? search.groups.filter((group) => props.single === true || !props.selected.includes(group.groupId))
      : [];
  const listboxId = `${id}-listbox`;
  const optionId = (index: number) => `${id}-option-${String(index)}`;

  const choose = (group: JiraGroupView) => {
    if (props.single === true) props.selected.forEach(props.onRemove);
    props.onAdd({ groupId: group.groupId, name: group.name });
    setQuery('');
    setOpen(false);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      if (!open) setOpen(true);
      else setActive((index) => Math.min(index + 1, Math.max(options.length - 1, 0)));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((index) => Math.max(index - 1, 0));
    } else if (event.key === 'Enter') {
      const group = options[active];
      if (open && group !== undefined) {
        event.preventDefault();
        choose(group);
      }
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
    }
  };

  return (
    <Field
      id={id}
      label={props.label}
      error={error}
      {...(props.help === undefined ? {} : { help: props.help })}
    >
      {(aria) => (
        <div className="admin-picker">
          <ul className="admin-chips" aria-label={`${props.label}: chosen`}>
            {props.selected.length === 0 ? <li className="ak-subtle">None chosen</li> : null}
            {props.selected.map((groupId) => (
              <li key={groupId} className="admin-chip">
                <span>{groupName(policy, groupId)}</span>
                {readOnly ? null : (
                  <button
                    type="button"
                    className="admin-chip__remove"
                    aria-label={`Remove ${groupName(policy, groupId)}`}
                    onClick={() => {
                      props.onRemove(groupId);
                    }}
                  >
                    ×
                  </button>
                )}
              </li>
            ))}
          </ul>
          {readOnly ? null : (
            <div className="admin-combobox">
              <input
                {...aria}
                className="ak-input"
                role="combobox"
                aria-autocomplete="list"
                aria-expanded={open}
                aria-controls={listboxId}
                aria-activedescendant={open && options[active] !== undefined ? optionId(active) : undefined}
                placeholder={props.single === true ? 'Search Jira groups to replace' : 'Search Jira groups'}
                autoComplete="off"
                value={query}
                onChange={(event) => {
                  setQuery(event.target.value);
                  setOpen(true);
                }}
                onFocus={() => {
                  setOpen(true);
                }}
                onBlur={() => {
                  setOpen(false);
                }}
                onKeyDown={onKeyDown}
              />
              {open ? (
                <ul
                  className="admin-listbox"
                  id={listboxId}
                  role="listbox"
                  aria-label={`${props.label}: matches`}
                >
                  {search.state === 'loading' ? (
                    <li className="admin-listbox__note">Searching Jira groups…</li>
                  ) : null}
                  {search.state === 'failed' ? (
                    <li className="admin-listbox__note" role="alert">
                      Could not search Jira groups: {search.message}
                    </li>
                  ) : null}
                  {search.state === 'ready' && options.length === 0 ? (
                    <li className="admin-listbox__note">No Jira group matches “{query}”.</li>
                  ) : null}
                  {options.map((group, index) => (
                    <li
                      key={group.groupId}
                      id={optionId(index)}
                      role="option"
                      aria-selected={index === active}
                      className={index === active ? 'admin-option admin-option--active' : 'admin-option'}
                      onMouseDown={(event) => {
                        // Keeps focus in the input so the blur does not close the list before the click.
                        event.preventDefault();
                      }}
                      onClick={() => {
                        choose(group);
                      }}
                    >
                      {group.name}
                    </li>
                  ))}
                </ul>
              ) : null}
            </div>
          )}
        </div>
      )}
    </Field>
  );
}
