/**
 * The figures tab of the Async CAB page, ready to mount: a period (last 4 weeks to start with), its
 * figures, and the audit export of the same period. `<FiguresTab viewer={viewer} />`.
 */
import { useState } from 'react';
import { LoadFailure, Spinner } from '../../../ui-kit/components';
import { contract } from '../../../ui-kit/contract';
import type { Viewer } from '../../../ui-kit/format-zoned-time';
import { useResolver } from '../../../ui-kit/use-resolver';
import { ExportButton } from './export-button';
import { FiguresPanel } from './figures-panel';
import { PAST_PRESETS, PeriodPicker, type Period } from './period-picker';
import { periodError } from './period-error';
import './figures.css';

export function FiguresTab(props: { viewer: Viewer; today?: Date }) {
  const today = props.today ?? new Date();
  const [period, setPeriod] = useState<Period>(() => PAST_PRESETS[0]?.period(today) ?? { from: '', to: '' });
  const [figures, reload] = useResolver(() => contract.getFigures(period), [period.from, period.to]);
  return (
    <div className="figures-tab" data-testid="figures-tab">
      <PeriodPicker
        period={period}
        presets={PAST_PRESETS}
        today={today}
        onChange={setPeriod}
        error={figures.state === 'failed' ? periodError(figures.error) : undefined}
      />
      {figures.state === 'loading' ? <Spinner label="Adding up the decisions…" /> : null}
      {figures.state === 'failed' && periodError(figures.error) === undefined ? (
        <LoadFailure title="The figures could not be loaded" onRetry={reload}>
          <p>{figures.error.message}</p>
        </LoadFailure>
      ) : null}
      {figures.state === 'ready' ? <FiguresPanel figures={figures.value} /> : null}
      <ExportButton
        period={period}
        timeZone={props.viewer.timeZone}
        load={(payload) => contract.exportDecisions(payload)}
      />
    </div>
  );
}
