/**
 * GitHub login -> Atlassian account (`repositories.githubLogins`), so a pull request's author becomes the
 * CR's requester (docs/architecture.md, flow 4). Saving a new mapping hands over that author's drafts.
 */
import { useState } from 'react';
import type { PersonView } from '@async-cab/shared/client';
import { Button } from '../../ui-kit/components';
import { useEditor } from './editor-context';
import { TextControl } from './form-controls';
import { PersonPicker } from './person-picker';

type Logins = Readonly<Record<string, string>>;

/** The mappings with one entry replaced, keeping the order people see. */
function replaced(logins: Logins, index: number, login: string, accountId: string): Record<string, string> {
  return Object.fromEntries(
    Object.entries(logins).map((entry, i) => (i === index ? [login, accountId] : entry)),
  );
}

export function GitHubLoginsForm(props: {
  logins: Logins;
  /** The mapped people's names, as the server read them with the policy. */
  names: Readonly<Record<string, string>>;
  onChange: (logins: Record<string, string>) => void;
}) {
  const { readOnly } = useEditor();
  const [known, setKnown] = useState<ReadonlyMap<string, string>>(() => new Map(Object.entries(props.names)));
  const entries = Object.entries(props.logins);
  const learn = (person: PersonView) => {
    setKnown((current) => new Map([...current, [person.accountId, person.displayName]]));
  };
  return (
    <section className="ak-card ak-stack" aria-labelledby="github-logins-heading" data-testid="github-logins">
      <div className="admin-toolbar">
        <div>
          <h3 id="github-logins-heading">GitHub logins</h3>
          <p className="ak-subtle">
            Whose pull requests become whose change requests. An author without a mapping is looked up by
            email; otherwise the draft waits for a change manager to hand it over.
          </p>
        </div>
        {readOnly ? null : (
          <Button
            onClick={() => {
              // A login nobody has yet; the person types the real one over it.
              props.onChange({ ...props.logins, [`new-login-${String(entries.length + 1)}`]: '' });
            }}
          >
            Add GitHub login
          </Button>
        )}
      </div>
      {entries.length === 0 ? <p className="ak-subtle">No GitHub logins are mapped.</p> : null}
      {entries.map(([login, accountId], index) => (
        <div key={index} className="admin-grid" data-testid="github-login">
          <TextControl
            path={`repositories.githubLogins.${login}.login`}
            label="GitHub login"
            value={login}
            onChange={(next) => {
              props.onChange(replaced(props.logins, index, next, accountId));
            }}
          />
          <PersonPicker
            // The server reports a mapping's problems at its login (`repositories.githubLogins.<login>`).
            path={`repositories.githubLogins.${login}`}
            label="Atlassian account"
            accountId={accountId}
            known={known}
            onChoose={(person) => {
              learn(person);
              props.onChange(replaced(props.logins, index, login, person.accountId));
            }}
          />
          {readOnly ? null : (
            <div>
              <button
                type="button"
                className="ak-button ak-button--subtle"
                aria-label={`Remove the GitHub login ${login}`}
                onClick={() => {
                  props.onChange(Object.fromEntries(entries.filter((_, i) => i !== index)));
                }}
              >
                Remove
              </button>
            </div>
          )}
        </div>
      ))}
    </section>
  );
}
