/**
 * A planned window's freezes and clashes (src/shared/window-flag-words.ts): a hard freeze that forbids the
 * change as an error, a soft one and clashes with other changes as warnings, times in the viewer's zone.
 * The issue panel shows it while the change waits, so approvers see it before they decide; the request
 * forms show it under the planned window as the requester picks it.
 */
import { windowFlagSentences, type WindowFlagsView } from '@async-cab/shared/client';
import { formatZonedWindow, type Viewer } from './format-zoned-time';
import './window-flags-notice.css';

export function WindowFlagsNotice(props: {
  flags: WindowFlagsView | undefined | null;
  viewer: Viewer;
  /** Ties the notice to its field (aria-describedby). */
  id?: string;
}) {
  const { flags, viewer } = props;
  if (flags === undefined || flags === null) return null;
  const now = new Date();
  const span = (start: string, end: string) =>
    formatZonedWindow({ start, end, timeZone: viewer.timeZone }, viewer, now).text;
  const sentences = windowFlagSentences(flags, { span });
  if (sentences.length === 0) return null;
  return (
    <div className="cab-window-flags" data-testid="window-flags" id={props.id}>
      {sentences.map((sentence) => (
        <p
          key={sentence.text}
          className={`cab-window-flag cab-window-flag--${sentence.level}`}
          role="note"
          data-testid={sentence.about === 'freeze' ? 'window-freeze' : 'window-conflict'}
        >
          {sentence.text}
        </p>
      ))}
    </div>
  );
}
