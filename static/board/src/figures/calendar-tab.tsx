/**
 * The calendar tab of the Async CAB page, ready to mount: the next 8 weeks to start with, systems down and
 * weeks across. `<CalendarTab viewer={viewer} onOpenIssue={openIssue} />`.
 */
import { useState } from 'react';
import { LoadFailure, Spinner } from '../../../ui-kit/components';
import { contract } from '../../../ui-kit/contract';
import type { Viewer } from '../../../ui-kit/format-zoned-time';
import { useResolver } from '../../../ui-kit/use-resolver';
import { ChangeCalendar } from './change-calendar';
import { AHEAD_PRESETS, PeriodPicker, type Period } from './period-picker';
import { periodError } from './period-error';
import './figures.css';

export function CalendarTab(props: {
  viewer: Viewer;
  today?: Date;
  onOpenIssue?: (issueKey: string) => void;
}) {
  const today = props.today ?? new Date();
  const [period, setPeriod] = useState<Period>(() => AHEAD_PRESETS[1]?.period(today) ?? { from: '', to: '' });
  const [calendar, reload] = useResolver(() => contract.getCalendar(period), [period.from, period.to]);
  return (
    <div className="figures-tab" data-testid="calendar-tab">
      <PeriodPicker
        period={period}
        presets={AHEAD_PRESETS}
        today={today}
        onChange={setPeriod}
        error={calendar.state === 'failed' ? periodError(calendar.error) : undefined}
      />
      {calendar.state === 'loading' ? <Spinner label="Reading the planned windows…" /> : null}
      {calendar.state === 'failed' && periodError(calendar.error) === undefined ? (
        <LoadFailure title="The calendar could not be loaded" onRetry={reload}>
          <p>{calendar.error.message}</p>
        </LoadFailure>
      ) : null}
      {calendar.state === 'ready' ? (
        <ChangeCalendar
          calendar={calendar.value}
          viewer={props.viewer}
          now={today}
          {...(props.onOpenIssue === undefined ? {} : { onOpenIssue: props.onOpenIssue })}
        />
      ) : null}
    </div>
  );
}
