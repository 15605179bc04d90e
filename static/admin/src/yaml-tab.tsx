/** Import / export tab: the saved policy as YAML to download or copy, and a YAML import that saves. */
import { useState } from 'react';
import type { PolicyView, ResolverError } from '@async-cab/shared/client';
import { Button, Field, SectionMessage } from '../../ui-kit/components';
import { contract } from '../../ui-kit/contract';
import { ErrorDetails } from './error-details';

type ImportState =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'failed'; error: ResolverError }
  | { state: 'done'; revision: number };

export function YamlTab(props: {
  view: PolicyView;
  dirty: boolean;
  onImported: (view: PolicyView) => void;
  onReload: () => void;
}) {
  const { view } = props;
  const [text, setText] = useState('');
  const [importState, setImportState] = useState<ImportState>({ state: 'idle' });
  const [copied, setCopied] = useState<string | null>(null);
  const readOnly = !view.canEdit;

  const copy = () => {
    navigator.clipboard
      .writeText(view.yaml)
      .then(() => {
        setCopied('Copied the YAML to the clipboard.');
      })
      .catch(() => {
        setCopied('The browser did not allow copying: select the text and copy it yourself.');
      });
  };

  const runImport = () => {
    setImportState({ state: 'saving' });
    contract
      .importPolicyYaml({ yaml: text, expectedRevision: view.revision })
      .then((answer) => {
        if (answer.ok) {
          setImportState({ state: 'done', revision: answer.value.revision });
          setText('');
          props.onImported(answer.value);
        } else {
          setImportState({ state: 'failed', error: answer.error });
        }
      })
      .catch((failure: unknown) => {
        setImportState({ state: 'failed', error: { code: 'INTERNAL', message: String(failure) } });
      });
  };

  return (
    <div className="admin-columns">
      <section className="ak-card ak-stack" aria-labelledby="export-heading">
        <h3 id="export-heading">Export</h3>
        <p className="ak-subtle">
          The saved policy (revision {view.revision})
          {props.dirty ? '; your unsaved changes are not in it' : ''}.
        </p>
        <Field id="export-yaml" label="Policy YAML">
          {(aria) => (
            <textarea
              {...aria}
              className="ak-input admin-code"
              rows={16}
              readOnly
              value={view.yaml}
              data-testid="export-yaml"
            />
          )}
        </Field>
        <div className="ak-row">
          <a
            className="ak-button admin-link-button"
            href={`data:text/yaml;charset=utf-8,${encodeURIComponent(view.yaml)}`}
            download="async-cab-policy.yaml"
          >
            Download YAML
          </a>
          <Button onClick={copy}>Copy to clipboard</Button>
          {copied === null ? null : (
            <span className="ak-subtle" role="status">
              {copied}
            </span>
          )}
        </div>
      </section>
      <section className="ak-card ak-stack" aria-labelledby="import-heading">
        <h3 id="import-heading">Import</h3>
        <p className="ak-subtle">
          Paste a whole policy. It replaces the saved policy once it is valid
          {props.dirty ? ', and your unsaved changes on this page are discarded' : ''}.
        </p>
        <Field id="import-yaml" label="YAML to import">
          {(aria) => (
            <textarea
              {...aria}
              className="ak-input admin-code"
              rows={16}
              spellCheck={false}
              readOnly={readOnly}
              value={text}
              onChange={(event) => {
                setText(event.target.value);
              }}
            />
          )}
        </Field>
        <div>
          <Button
            appearance="primary"
            testId="import-yaml-button"
            disabled={readOnly || text.trim() === '' || importState.state === 'saving'}
            onClick={runImport}
          >
            {importState.state === 'saving' ? 'Importing…' : 'Import and save'}
          </Button>
        </div>
        {importState.state === 'failed' && importState.error.code === 'CONFLICT' ? (
          <SectionMessage appearance="error" title="Someone else saved the policy since you opened it">
            <p>Reload to get their version, then import again.</p>
            <Button onClick={props.onReload}>Reload</Button>
          </SectionMessage>
        ) : null}
        {importState.state === 'failed' && importState.error.code !== 'CONFLICT' ? (
          <SectionMessage appearance="error" title="The YAML was not imported" testId="import-error">
            <ErrorDetails error={importState.error} />
          </SectionMessage>
        ) : null}
        {importState.state === 'done' ? (
          <SectionMessage appearance="success" title="Imported">
            <p>The policy is saved as revision {importState.revision}.</p>
          </SectionMessage>
        ) : null}
      </section>
    </div>
  );
}
