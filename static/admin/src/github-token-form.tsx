/** The GitHub token the app sets commit statuses with: write-only, kept as a Forge secret. */
import { useState } from 'react';
import type { ResolverError } from '@async-cab/shared/client';
import { Button, Field, SectionMessage } from '../../ui-kit/components';
import { contract } from '../../ui-kit/contract';

export function GitHubTokenForm(props: { configured: boolean; onSaved: () => void }) {
  const [token, setToken] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ResolverError | null>(null);

  const save = async (next: string | null) => {
    setBusy(true);
    setError(null);
    const answer = await contract.setGitHubToken({ token: next });
    setBusy(false);
    if (!answer.ok) {
      setError(answer.error);
      return;
    }
    setToken('');
    props.onSaved();
  };

  const tokenError = error?.fieldErrors?.find((fieldError) => fieldError.field === 'token')?.message;
  return (
    <section className="ak-card ak-stack" aria-labelledby="github-token-title" data-testid="github-token">
      <h3 id="github-token-title">Commit status token</h3>
      <p className="ak-subtle" data-testid="github-token-state">
        {props.configured
          ? 'A token is set: pull requests show the async-cab/change-approval status.'
          : 'No token is set: CRs are drafted, but GitHub does not get the approval status.'}
      </p>
      <form
        className="ak-stack"
        onSubmit={(event) => {
          event.preventDefault();
          void save(token);
        }}
      >
        <Field
          id="github-token-input"
          label={props.configured ? 'Replace the token' : 'Token'}
          help="A fine-grained token (or GitHub App token) with Commit statuses: read and write. Stored encrypted; it is not shown again."
          error={tokenError}
        >
          {(aria) => (
            <input
              {...aria}
              className="ak-input"
              type="password"
              value={token}
              autoComplete="off"
              onChange={(event) => {
                setToken(event.target.value);
              }}
            />
          )}
        </Field>
        <div className="ak-row">
          <Button
            type="submit"
            appearance="primary"
            disabled={busy || token.trim() === ''}
            testId="github-token-save"
          >
            Save token
          </Button>
          {props.configured ? (
            <Button
              appearance="subtle"
              disabled={busy}
              onClick={() => {
                void save(null);
              }}
            >
              Remove token
            </Button>
          ) : null}
        </div>
      </form>
      {error !== null && tokenError === undefined ? (
        <SectionMessage appearance="error" title="The token was not saved">
          <p>{error.message}</p>
        </SectionMessage>
      ) : null}
    </section>
  );
}
