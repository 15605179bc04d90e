/** The parts every board row shows: the link to the issue, the facts in words, the deadline, the flags. */
import type { BoardChangeView, DeadlineView } from '@async-cab/shared/client';
import { Lozenge, type LozengeAppearance } from '../../ui-kit/components';
import { formatInstant, type Viewer } from '../../ui-kit/format-zoned-time';
import { openIssue } from './open-issue';

/** The key and summary, one click to the issue view (and its approval panel). */
export function ChangeLink(props: { change: Pick<BoardChangeView, 'issueKey' | 'summary'> }) {
  const { issueKey, summary } = props.change;
  return (
    <a
      className="board-change-link"
      href={`/browse/${encodeURIComponent(issueKey)}`}
      data-testid="change-link"
      onClick={(event) => {
        event.preventDefault();
        openIssue(issueKey);
      }}
    >
      <span className="board-change-link__key">{issueKey}</span>
      <span className="board-change-link__summary">{summary ?? 'Summary in Jira'}</span>
    </a>
  );
}

/** "Payments API, Checkout web · Normal change · Medium risk". */
export function ChangeFacts(props: { change: BoardChangeView }) {
  const { change } = props;
  const parts = [
    change.systems.map((system) => system.name).join(', '),
    change.changeTypeLabel,
    change.riskLabel,
  ].filter((part): part is string => part !== null && part !== '');
  if (parts.length === 0) return null;
  return (
    <span className="ak-subtle" data-testid="change-facts">
      {parts.join(' · ')}
    </span>
  );
}

/** "5 h 20 min of working time left · due Thu 3 Dec, 14:00 GMT", in the viewer's zone. */
export function DeadlineText(props: { deadline: DeadlineView | null; viewer: Viewer; now: Date }) {
  const { deadline } = props;
  if (deadline === null) return <span className="ak-subtlest">No deadline</span>;
  const counted =
    deadline.clock === 'wallClock'
      ? 'Counted in wall-clock time (emergency)'
      : `Counted in working hours in ${deadline.timeZone}`;
  return (
    <span className="board-deadline" data-testid="deadline" title={counted}>
      <span
        className={
          deadline.overdue ? 'board-deadline__left board-deadline__left--overdue' : 'board-deadline__left'
        }
      >
        {deadline.label}
      </span>
      <span className="ak-subtlest">due {formatInstant(deadline.at, props.viewer, props.now)}</span>
    </span>
  );
}

const flagLook: Record<string, LozengeAppearance> = {
  Overdue: 'removed',
  'Retrospective overdue': 'removed',
  Emergency: 'moved',
  'Moved without approval': 'removed',
  'Silence is consent': 'inprogress',
};

export function Flags(props: { flags: readonly string[] }) {
  if (props.flags.length === 0) return null;
  return (
    <span className="ak-row board-flags" data-testid="flags">
      {props.flags.map((flag) => (
        <Lozenge key={flag} appearance={flagLook[flag] ?? 'default'}>
          {flag}
        </Lozenge>
      ))}
    </span>
  );
}

const stateLook: Record<BoardChangeView['state'], LozengeAppearance> = {
  'awaiting-approval': 'inprogress',
  'break-glass': 'moved',
  'stale-approval': 'moved',
  'waiting-for-answers': 'default',
  'needs-attention': 'removed',
};

export function StateLozenge(props: { change: BoardChangeView }) {
  return <Lozenge appearance={stateLook[props.change.state]}>{props.change.stateLabel}</Lozenge>;
}

/** "Updated 14:02 GMT" for the toolbar, in the viewer's zone. */
export function readAtText(readAt: string, viewer: Viewer, now: Date): string {
  return `Updated ${formatInstant(readAt, viewer, now)}`;
}
