/**
 * Median and 90th percentile per dimension value (a change type, a risk, a group, an approver) as
 * horizontal bars on one scale: the solid bar is the median, the light extension reaches the 90th
 * percentile, and the numbers stand beside each bar.
 */
import type { DurationFigureView } from '@async-cab/shared/client';
import { formatDuration, niceDurationCeiling } from './figures-format';

export interface DurationRow {
  key: string;
  label: string;
  figure: DurationFigureView;
  /** How many change requests the row counts. */
  decided: number;
}

export function DurationBars(props: {
  title: string;
  rows: readonly DurationRow[];
  testId: string;
  emptyText: string;
}) {
  const max = niceDurationCeiling(Math.max(0, ...props.rows.map((row) => row.figure.p90Ms ?? 0)));
  const percent = (ms: number | null) => (ms === null ? 0 : Math.min(100, (ms / max) * 100));
  return (
    <section className="figures-bars" data-testid={props.testId} aria-label={props.title}>
      <h4>{props.title}</h4>
      {props.rows.length === 0 ? (
        <p className="ak-subtle">{props.emptyText}</p>
      ) : (
        <table className="figures-bars__table">
          <thead>
            <tr>
              <th scope="col" className="figures-bars__label">
                <span className="figures-visually-hidden">Who or what</span>
              </th>
              <th scope="col" className="figures-bars__chart">
                <span className="ak-subtlest">0 – {formatDuration(max)}</span>
              </th>
              <th scope="col">Median</th>
              <th scope="col">90th pct.</th>
              <th scope="col">Decided</th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map((row) => (
              <tr key={row.key} data-testid="duration-row">
                <th scope="row" className="figures-bars__label">
                  {row.label}
                </th>
                <td className="figures-bars__chart" aria-hidden="true">
                  <svg viewBox="0 0 100 12" preserveAspectRatio="none" className="figures-bars__svg">
                    <rect
                      className="figures-bars__p90"
                      x={0}
                      y={2}
                      height={8}
                      width={percent(row.figure.p90Ms)}
                    />
                    <rect
                      className="figures-bars__median"
                      x={0}
                      y={2}
                      height={8}
                      width={percent(row.figure.medianMs)}
                    />
                  </svg>
                </td>
                <td data-testid="duration-median">{formatDuration(row.figure.medianMs)}</td>
                <td data-testid="duration-p90">{formatDuration(row.figure.p90Ms)}</td>
                <td>{row.decided}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
