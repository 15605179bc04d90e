/**
 * The change calendar (resolver key getCalendar): ISO weeks across, systems down, each cell the changes
 * planned on that system that week. A clash with another change on the same system, a change planned in a
 * hard freeze, and the freeze windows themselves are marked in words as well as colour.
 */
import type { CalendarChangeView, CalendarFreezeView, CalendarView } from '@async-cab/shared/client';
import { formatZonedWindow, type Viewer } from '../../../ui-kit/format-zoned-time';
import { formatCalendarDay, weekLabel } from './figures-format';

export function ChangeCalendar(props: {
  calendar: CalendarView;
  viewer: Viewer;
  now: Date;
  onOpenIssue?: (issueKey: string) => void;
}) {
  const { calendar } = props;
  const years = new Set(calendar.weeks.map((week) => week.week.slice(0, 4)));
  const rows = calendar.systems.filter(
    (system) =>
      system.cells.some((cell) => cell.changes.length > 0 || cell.freezes.length > 0) || system.known,
  );
  return (
    <div className="figures-calendar" data-testid="change-calendar">
      <p className="ak-subtle">
        {calendar.conflicts.length === 0
          ? 'No two changes clash on a system in this period.'
          : `${String(calendar.conflicts.length)} ${calendar.conflicts.length === 1 ? 'clash' : 'clashes'}: changes planned on the same system at the same time.`}
      </p>
      <div className="figures-calendar__scroll">
        <table className="figures-calendar__table">
          <thead>
            <tr>
              <th scope="col">System</th>
              {calendar.weeks.map((week) => (
                <th
                  scope="col"
                  key={week.week}
                  // `end` is the next Monday, 00:00: the week's last day is the day before
                  title={`${formatCalendarDay(week.start, props.viewer.locale)} to ${formatCalendarDay(new Date(Date.parse(week.end) - 1).toISOString(), props.viewer.locale)}`}
                >
                  {weekLabel(week.week, years.size > 1)}
                  <span className="ak-subtlest figures-calendar__date">
                    {dayAndMonth(week.start, props.viewer.locale)}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((system) => (
              <tr key={system.key} data-testid={`calendar-row-${system.key}`}>
                <th scope="row">
                  {system.name}
                  {system.known ? null : <span className="ak-subtlest"> (not in the policy)</span>}
                </th>
                {system.cells.map((cell) => (
                  <td
                    key={cell.week}
                    className={cellClass(cell.freezes)}
                    data-testid={`calendar-cell-${system.key}-${cell.week}`}
                  >
                    {cell.freezes.map((freeze) => (
                      <FreezeBadge key={`${freeze.name}-${freeze.start}`} freeze={freeze} />
                    ))}
                    <ul className="figures-calendar__changes">
                      {cell.changes.map((change) => (
                        <ChangeChip
                          key={change.issueKey}
                          change={change}
                          viewer={props.viewer}
                          now={props.now}
                          {...(props.onOpenIssue === undefined ? {} : { onOpenIssue: props.onOpenIssue })}
                        />
                      ))}
                    </ul>
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="ak-subtlest">
        Only changes routed since {formatCalendarDay(calendar.routedSince, props.viewer.locale)} are shown.
        Windows in your time zone ({props.viewer.timeZone}).
      </p>
    </div>
  );
}

/** A week's first day, short: "Nov 30" (or "30 Nov", as the viewer's language writes it). */
function dayAndMonth(isoDay: string, locale: string): string {
  const at = Date.parse(`${isoDay.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(at)) return isoDay;
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' }).format(at);
}

function cellClass(freezes: readonly CalendarFreezeView[]): string {
  if (freezes.some((freeze) => freeze.kind === 'hard'))
    return 'figures-calendar__cell figures-calendar__cell--hard';
  if (freezes.length > 0) return 'figures-calendar__cell figures-calendar__cell--soft';
  return 'figures-calendar__cell';
}

function FreezeBadge(props: { freeze: CalendarFreezeView }) {
  const { freeze } = props;
  return (
    <span
      className={`figures-freeze figures-freeze--${freeze.kind}`}
      title={`${freeze.start} to ${freeze.end}`}
      data-testid="calendar-freeze"
    >
      {freeze.kind === 'hard' ? 'Hard freeze' : 'Soft freeze'}: {freeze.name}
    </span>
  );
}

function ChangeChip(props: {
  change: CalendarChangeView;
  viewer: Viewer;
  now: Date;
  onOpenIssue?: (issueKey: string) => void;
}) {
  const { change, onOpenIssue } = props;
  const when = formatZonedWindow(
    { start: change.start, end: change.end, timeZone: props.viewer.timeZone },
    props.viewer,
    props.now,
  ).text;
  const marks = [
    change.conflicting ? 'clashes with another change' : null,
    change.frozen ? 'in a hard freeze' : null,
    change.changeType === 'emergency' ? 'emergency' : null,
  ].filter((mark): mark is string => mark !== null);
  const className = [
    'figures-change',
    change.conflicting ? 'figures-change--conflict' : '',
    change.frozen ? 'figures-change--frozen' : '',
  ]
    .filter((name) => name !== '')
    .join(' ');
  return (
    <li className={className} data-testid="calendar-change" data-issue-key={change.issueKey}>
      {onOpenIssue === undefined ? (
        <strong>{change.issueKey}</strong>
      ) : (
        <button
          type="button"
          className="figures-change__link"
          onClick={() => {
            onOpenIssue(change.issueKey);
          }}
        >
          {change.issueKey}
        </button>
      )}{' '}
      <span className="figures-change__summary">{change.summary}</span>
      <span className="ak-subtlest figures-change__when">{when}</span>
      {marks.length === 0 ? null : (
        <span className="figures-change__marks" data-testid="calendar-change-marks">
          <span aria-hidden="true">⚠ </span>
          {marks.join(', ')}
        </span>
      )}
    </li>
  );
}
