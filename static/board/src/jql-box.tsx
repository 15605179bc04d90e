/** The JQL that finds the same change requests in Jira's issue search, with a copy button, or why none does. */
import { useState } from 'react';
import { Button } from '../../ui-kit/components';

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Forge's frame may not grant the clipboard: the text stays selectable.
    return false;
  }
}

export function JqlBox(props: { jql: string | null; note: string }) {
  const [copied, setCopied] = useState<'no' | 'yes' | 'failed'>('no');
  if (props.jql === null) {
    return (
      <p className="ak-subtlest board-jql" data-testid="jql-note">
        {props.note}
      </p>
    );
  }
  return (
    <div className="board-jql" data-testid="jql">
      <span className="ak-label">JQL for Jira&apos;s issue search</span>
      <div className="board-jql__row">
        <code className="board-jql__code" data-testid="jql-text">
          {props.jql}
        </code>
        <Button
          onClick={() => {
            void copy(props.jql ?? '').then((ok) => {
              setCopied(ok ? 'yes' : 'failed');
            });
          }}
        >
          {copied === 'yes' ? 'Copied' : 'Copy JQL'}
        </Button>
      </div>
      <span className="ak-subtlest">
        {copied === 'failed' ? 'The browser did not allow copying: select the text instead. ' : ''}
        {props.note}
      </span>
    </div>
  );
}
