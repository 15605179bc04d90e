/**
 * The board's figures for one period (resolver key getFigures): the headline numbers, a week-by-week
 * trend, and time to first response or to decision split by change type, risk, approver group or approver.
 */
import { useState } from 'react';
import type { DimensionFigureView, FigureSummaryView, FiguresView } from '@async-cab/shared/client';
import { DurationBars } from './duration-bars';
import { formatCalendarDay, formatDuration, formatShare, weekLabel } from './figures-format';
import { WeeklyBars } from './weekly-bars';

type Dimension = 'byChangeType' | 'byRisk' | 'byGroup' | 'byApprover';
type Measure = 'firstResponse' | 'decision';

const DIMENSIONS: { key: Dimension; label: string }[] = [
  { key: 'byChangeType', label: 'Change type' },
  { key: 'byRisk', label: 'Risk' },
  { key: 'byGroup', label: 'Approver group' },
  { key: 'byApprover', label: 'Approver' },
];

const MEASURES: { key: Measure; label: string }[] = [
  { key: 'firstResponse', label: 'Time to first response' },
  { key: 'decision', label: 'Time to decision' },
];

const LABELS: Record<string, string> = {
  standard: 'Standard',
  normal: 'Normal',
  emergency: 'Emergency',
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  critical: 'Critical',
};

export function FiguresPanel(props: { figures: FiguresView }) {
  const { figures } = props;
  const [dimension, setDimension] = useState<Dimension>('byChangeType');
  const [measure, setMeasure] = useState<Measure>('decision');
  const years = new Set(figures.weeks.map((week) => week.week.slice(0, 4)));
  const label = (week: string) => weekLabel(week, years.size > 1);
  const rows = figures[dimension].map((one: DimensionFigureView) => ({
    key: one.key,
    // Change types and risks are stored as keys; groups and approvers carry their names.
    label:
      dimension === 'byChangeType' || dimension === 'byRisk' ? (LABELS[one.key] ?? one.label) : one.label,
    figure: one.summary[measure],
    decided: one.summary.decided,
  }));
  const measureLabel = MEASURES.find((one) => one.key === measure)?.label ?? '';
  const dimensionLabel = DIMENSIONS.find((one) => one.key === dimension)?.label ?? '';
  return (
    <div className="figures-panel" data-testid="figures-panel">
      <Headline total={figures.total} />
      <div className="figures-trends">
        <WeeklyBars
          title="Decided per week"
          testId="trend-decided"
          values={figures.trend.map((one) => ({
            week: one.week,
            label: label(one.week),
            value: one.summary.decided,
          }))}
          format={(value) => (value === null ? '–' : String(value))}
        />
        <WeeklyBars
          title="Median time to decision per week"
          testId="trend-decision"
          values={figures.trend.map((one) => ({
            week: one.week,
            label: label(one.week),
            value: one.summary.decision.medianMs,
          }))}
          format={formatDuration}
        />
      </div>
      <div className="figures-split">
        <div className="ak-row figures-split__controls">
          <label className="ak-label" htmlFor="figures-dimension">
            Split by
          </label>
          <select
            id="figures-dimension"
            className="ak-input figures-select"
            value={dimension}
            data-testid="figures-dimension"
            onChange={(event) => {
              const chosen = DIMENSIONS.find((one) => one.key === event.target.value);
              if (chosen !== undefined) setDimension(chosen.key);
            }}
          >
            {DIMENSIONS.map((one) => (
              <option key={one.key} value={one.key}>
                {one.label}
              </option>
            ))}
          </select>
          <div role="radiogroup" aria-label="Measure" className="ak-row">
            {MEASURES.map((one) => (
              <label key={one.key} className="figures-radio">
                <input
                  type="radio"
                  name="figures-measure"
                  value={one.key}
                  checked={measure === one.key}
                  onChange={() => {
                    setMeasure(one.key);
                  }}
                />
                {one.label}
              </label>
            ))}
          </div>
        </div>
        <DurationBars
          title={`${measureLabel} by ${dimensionLabel.toLowerCase()}`}
          rows={rows}
          testId="figures-split"
          emptyText="Nothing was decided in this period."
        />
        {measure === 'firstResponse' && dimension === 'byApprover' ? (
          <p className="ak-subtlest">An approver&apos;s first response is their own answer.</p>
        ) : null}
      </div>
      <p className="ak-subtlest" data-testid="figures-notes">
        {weeksNote(figures)}{' '}
        {figures.precision.kind === 'sketch'
          ? `Medians and 90th percentiles are within ${formatShare(figures.precision.relativeError)} of the exact value.`
          : ''}
      </p>
    </div>
  );
}

function weeksNote(figures: FiguresView): string {
  const first = figures.weeks[0];
  const last = figures.weeks.at(-1);
  if (first === undefined || last === undefined) return '';
  const lastDay = new Date(Date.parse(last.end) - 86_400_000).toISOString();
  return `Counts whole weeks (Monday to Sunday, UTC): ${formatCalendarDay(first.start)} to ${formatCalendarDay(lastDay)}.`;
}

function Headline(props: { total: FigureSummaryView }) {
  const { total } = props;
  const tiles: { key: string; label: string; value: string; detail: string }[] = [
    {
      key: 'decided',
      label: 'Decided',
      value: String(total.decided),
      detail: `${String(total.approved)} approved, ${String(total.declined)} declined`,
    },
    {
      key: 'first-response',
      label: 'Time to first response',
      value: formatDuration(total.firstResponse.medianMs),
      detail: `median · 90% within ${formatDuration(total.firstResponse.p90Ms)}`,
    },
    {
      key: 'decision',
      label: 'Time to decision',
      value: formatDuration(total.decision.medianMs),
      detail: `median · 90% within ${formatDuration(total.decision.p90Ms)}`,
    },
    {
      key: 'agreement',
      label: 'Within the response time',
      value: formatShare(total.withinAgreementShare),
      detail: 'decided by the deadline',
    },
    {
      key: 'silence',
      label: 'Approved by silence',
      value: formatShare(total.silenceShare),
      detail: 'nobody objected in time',
    },
    {
      key: 'overdue',
      label: 'Overdue',
      value: formatShare(total.escalatedShare),
      detail: 'escalated to change managers',
    },
    {
      key: 'emergency',
      label: 'Emergencies',
      value: formatShare(total.emergencyShare),
      detail: `${String(total.breakGlass)} implemented before approval`,
    },
    {
      key: 'retrospective',
      label: 'Retrospective approvals in time',
      value: formatShare(total.retrospective.withinDeadlineShare),
      detail: `of ${String(total.retrospective.decided)} after break-glass`,
    },
  ];
  return (
    <dl className="figures-headline" data-testid="figures-headline">
      {tiles.map((tile) => (
        <div key={tile.key} className="figures-tile" data-testid={`figure-${tile.key}`}>
          <dt className="ak-subtle">{tile.label}</dt>
          <dd className="figures-tile__value">{tile.value}</dd>
          <dd className="ak-subtlest">{tile.detail}</dd>
        </div>
      ))}
    </dl>
  );
}
