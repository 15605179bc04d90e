/** Repositories of a system as `owner/name` chips; Enter or comma adds, the chip's × removes. */
import { useState, type KeyboardEvent } from 'react';
import { Field } from '../../ui-kit/components';
import { useControl } from './editor-context';

/** GitHub's owner/name form (common-schemas.ts REPOSITORY_PATTERN); the server checks it again on save. */
const REPOSITORY_PATTERN = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}$/;

export function RepositoryChips(props: {
  path: string;
  value: readonly string[];
  onChange: (repositories: string[]) => void;
}) {
  const { id, error, readOnly } = useControl(props.path);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const add = () => {
    const repository = text.trim();
    if (repository === '') return;
    if (!REPOSITORY_PATTERN.test(repository)) {
      setProblem(`“${repository}” is not owner/name, e.g. acme/payments-api.`);
      return;
    }
    if (props.value.some((known) => known.toLowerCase() === repository.toLowerCase())) {
      setProblem(`${repository} is already listed.`);
      return;
    }
    props.onChange([...props.value, repository]);
    setText('');
    setProblem(null);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' || event.key === ',') {
      event.preventDefault();
      add();
    }
  };
  const shownError = [problem, error].filter((part) => part !== null && part !== undefined).join(' ');

  return (
    <Field
      id={id}
      label="Repositories"
      help="GitHub repositories as owner/name. Pull requests from them draft change requests for this system."
      error={shownError === '' ? undefined : shownError}
    >
      {(aria) => (
        <div className="admin-picker">
          <ul className="admin-chips" aria-label="Repositories: listed">
            {props.value.length === 0 ? <li className="ak-subtle">No repositories</li> : null}
            {props.value.map((repository) => (
              <li key={repository} className="admin-chip">
                <code>{repository}</code>
                {readOnly ? null : (
                  <button
                    type="button"
                    className="admin-chip__remove"
                    aria-label={`Remove ${repository}`}
                    onClick={() => {
                      props.onChange(props.value.filter((known) => known !== repository));
                    }}
                  >
                    ×
                  </button>
                )}
              </li>
            ))}
          </ul>
          {readOnly ? null : (
            <div className="ak-row">
              <input
                {...aria}
                className="ak-input admin-grow"
                placeholder="owner/name"
                value={text}
                onChange={(event) => {
                  setText(event.target.value);
                }}
                onKeyDown={onKeyDown}
              />
              <button type="button" className="ak-button" onClick={add}>
                Add repository
              </button>
            </div>
          )}
        </div>
      )}
    </Field>
  );
}
