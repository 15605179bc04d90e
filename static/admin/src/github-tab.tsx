/**
 * GitHub tab: the webhook URL to paste into GitHub, the webhook secret (generated and rotated
 * here; the previous one keeps verifying until the next rotation), the token for commit statuses
 * (write-only) and the recent deliveries with what was done and why.
 */
import { useState } from 'react';
import type { GitHubSettingsView, ResolverError } from '@async-cab/shared/client';
import { Button, LoadFailure, SectionMessage, Spinner } from '../../ui-kit/components';
import { contract } from '../../ui-kit/contract';
import { useResolver } from '../../ui-kit/use-resolver';
import { ErrorDetails } from './error-details';
import { GitHubDeliveries } from './github-deliveries';
import { GitHubTokenForm } from './github-token-form';

export function GitHubTab() {
  const [settings, reload] = useResolver(() => contract.getGitHubSettings({}), []);
  const [rotated, setRotated] = useState<GitHubSettingsView | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ResolverError | null>(null);

  const rotate = async () => {
    setBusy(true);
    setError(null);
    const answer = await contract.rotateGitHubSecret({});
    setBusy(false);
    if (answer.ok) setRotated(answer.value);
    else setError(answer.error);
  };

  if (settings.state === 'loading') return <Spinner label="Loading the GitHub settings…" />;
  if (settings.state === 'failed') {
    return (
      <LoadFailure title="The GitHub settings could not be loaded" onRetry={reload}>
        <ErrorDetails error={settings.error} />
      </LoadFailure>
    );
  }
  const view = rotated ?? settings.value;
  return (
    <div className="ak-stack" data-testid="github-tab">
      <section className="ak-card ak-stack" aria-labelledby="github-webhook-title">
        <h3 id="github-webhook-title">Webhook</h3>
        <p className="ak-subtle">
          In GitHub, add a webhook to each repository (or the organisation) with this payload URL, content
          type <code>application/json</code>, the secret below, and the events Pull requests, Pull request
          reviews, Check suites and Check runs.
        </p>
        <p>
          Payload URL: <code data-testid="github-webhook-url">{view.webhookUrl ?? 'not available'}</code>
        </p>
        <p data-testid="github-secret-state">
          {view.secretConfigured
            ? `A secret is set${view.secretRotatedAt === null ? '' : ` (last rotated ${view.secretRotatedAt})`}.${view.previousSecretActive ? ' The previous secret still verifies until the next rotation.' : ''}`
            : 'No secret is set yet: deliveries are refused until you generate one.'}
        </p>
        {view.newSecret === null ? null : (
          <SectionMessage appearance="success" title="New webhook secret: paste it into GitHub now">
            <p>
              <code data-testid="github-new-secret">{view.newSecret}</code>
            </p>
            <p>It is stored encrypted and not shown again.</p>
          </SectionMessage>
        )}
        <div className="ak-row">
          <Button
            appearance="primary"
            disabled={busy}
            onClick={() => {
              void rotate();
            }}
            testId="github-rotate"
          >
            {view.secretConfigured ? 'Rotate the secret' : 'Generate a secret'}
          </Button>
        </div>
        {error === null ? null : (
          <SectionMessage appearance="error" title="The secret was not changed">
            <p>{error.message}</p>
          </SectionMessage>
        )}
      </section>
      <GitHubTokenForm configured={view.tokenConfigured} onSaved={reload} />
      <GitHubDeliveries deliveries={view.deliveries} onRefresh={reload} />
    </div>
  );
}
