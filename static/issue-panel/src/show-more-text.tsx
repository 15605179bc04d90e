/**
 * Long free text (rollback plan, consequence of not releasing: up to 5 000 characters, manifest.yml; the
 * decision record: a page of lines) shown in full would push the rest of a 400 px panel out of sight, so it
 * starts clipped, by characters and by lines, with "Show more".
 */
import { useId, useState } from 'react';

function clip(text: string, maxChars: number, maxLines: number): string | null {
  const lines = text.split('\n');
  let shown = lines.length > maxLines ? lines.slice(0, maxLines).join('\n') : text;
  if (shown.length > maxChars) shown = shown.slice(0, maxChars);
  return shown.length < text.length ? `${shown.trimEnd()}…` : null;
}

export function ShowMoreText(props: { text: string; maxChars?: number; maxLines?: number; testId?: string }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const clipped = clip(props.text, props.maxChars ?? 220, props.maxLines ?? 4);
  return (
    <div className="cab-long-text" data-testid={props.testId}>
      <p id={id} className="cab-long-text__body">
        {clipped === null || open ? props.text : clipped}
      </p>
      {clipped === null ? null : (
        <button
          type="button"
          className="cab-link-button"
          aria-expanded={open}
          aria-controls={id}
          onClick={() => {
            setOpen((value) => !value);
          }}
        >
          {open ? 'Show less' : 'Show more'}
        </button>
      )}
    </div>
  );
}
