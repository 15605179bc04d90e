/**
 * The planned window's freezes and clashes while the change waits (src/entry/with-window-flags.ts): a hard
 * freeze as an error, a soft one and clashes with other changes on the same systems as warnings, so the
 * approvers see them before they decide. Times in the viewer's zone.
 */
import type { ApprovalPanelView } from '@async-cab/shared/client';
import { formatInstant, type Viewer } from '../../ui-kit/format-zoned-time';

export function WindowFlagsNotice(props: { flags: ApprovalPanelView['windowFlags']; viewer: Viewer }) {
  const { flags } = props;
  if (flags === undefined) return null;
  const now = new Date();
  return (
    <div className="cab-window-flags" data-testid="window-flags">
      {flags.freeze?.messages.map((message) => (
        <p
          key={message}
          className={flags.freeze?.blocking === true ? 'cab-error-text' : 'cab-warning-text'}
          role="note"
          data-testid="window-freeze"
        >
          {message}
        </p>
      ))}
      {flags.conflicts.map((conflict) => (
        <p key={conflict.issueKey} className="cab-warning-text" role="note" data-testid="window-conflict">
          {`Clashes with ${conflict.issueKey} ${conflict.summary}, planned on the same systems from ${formatInstant(conflict.start, props.viewer, now)} to ${formatInstant(conflict.end, props.viewer, now)}.`}
        </p>
      ))}
    </div>
  );
}
