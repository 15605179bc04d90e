/** The team channel (Slack or Microsoft Teams incoming webhook): kept as a Forge secret, never shown back. */
import { useState } from 'react';
import type { ChatSettingsView, ResolverError } from '@async-cab/shared/client';
import { Button, Field, SectionMessage, Spinner } from '../../ui-kit/components';
import { contract } from '../../ui-kit/contract';
import { useResolver } from '../../ui-kit/use-resolver';

const KIND_LABEL = { slack: 'Slack', teams: 'Microsoft Teams' } as const;

export function ChatChannelForm(props: { onSaved: () => void }) {
  const [settings, reload] = useResolver(() => contract.getChatSettings({}), []);
  const [url, setUrl] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ResolverError | null>(null);
  const [saved, setSaved] = useState<ChatSettingsView | null>(null);

  const save = async (next: string | null) => {
    setBusy(true);
    setError(null);
    const answer = await contract.setChatWebhook({ url: next });
    setBusy(false);
    if (!answer.ok) {
      setError(answer.error);
      return;
    }
    setSaved(answer.value);
    setUrl('');
    reload();
    props.onSaved();
  };

  const current = saved ?? (settings.state === 'ready' ? settings.value : null);
  const urlError = error?.fieldErrors?.find((fieldError) => fieldError.field === 'url')?.message;
  return (
    <section className="ak-card ak-stack" aria-labelledby="chat-channel-title" data-testid="chat-channel">
      <h3 id="chat-channel-title">Team chat channel</h3>
      {settings.state === 'loading' ? <Spinner label="Loading the chat settings…" /> : null}
      {current === null ? null : (
        <p className="ak-subtle" data-testid="chat-channel-state">
          {current.configured && current.kind !== null
            ? `Approval requests and decisions are also posted to a ${KIND_LABEL[current.kind]} channel.`
            : 'No channel is set: approvers are told by email only.'}
        </p>
      )}
      <form
        className="ak-stack"
        onSubmit={(event) => {
          event.preventDefault();
          void save(url);
        }}
      >
        <Field
          id="chat-webhook-url"
          label={current?.configured === true ? 'Replace the incoming-webhook URL' : 'Incoming-webhook URL'}
          help="Slack: https://hooks.slack.com/services/… · Teams: a Workflows or connector webhook URL. Stored encrypted; it is not shown again."
          error={urlError}
        >
          {(aria) => (
            <input
              {...aria}
              className="ak-input"
              type="url"
              value={url}
              autoComplete="off"
              onChange={(event) => {
                setUrl(event.target.value);
              }}
            />
          )}
        </Field>
        <div className="ak-row">
          <Button type="submit" appearance="primary" disabled={busy || url.trim() === ''} testId="chat-save">
            Save channel
          </Button>
          {current?.configured === true ? (
            <Button
              appearance="subtle"
              disabled={busy}
              onClick={() => {
                void save(null);
              }}
              testId="chat-remove"
            >
              Remove channel
            </Button>
          ) : null}
        </div>
      </form>
      {error !== null && urlError === undefined ? (
        <SectionMessage appearance="error" title="The channel was not saved">
          <p>{error.message}</p>
        </SectionMessage>
      ) : null}
    </section>
  );
}
