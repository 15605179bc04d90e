/**
 * A week-by-week bar chart in plain SVG, with the numbers beside it: the period's total and the latest
 * week, and each bar's value on hover and for screen readers (a table the chart describes).
 */
import { niceCeiling } from './figures-format';

export interface WeeklyValue {
  week: string;
  label: string;
  value: number | null;
}

const WIDTH = 480;
const HEIGHT = 120;
const GAP = 2;

export function WeeklyBars(props: {
  title: string;
  values: readonly WeeklyValue[];
  format: (value: number | null) => string;
  /** The top of the scale; the largest value rounded up when left out. */
  max?: number;
  testId: string;
}) {
  const largest = Math.max(0, ...props.values.map((one) => one.value ?? 0));
  const max = props.max ?? niceCeiling(largest);
  const width = WIDTH / Math.max(1, props.values.length);
  const latest = [...props.values].reverse().find((one) => one.value !== null);
  return (
    <figure className="figures-chart" data-testid={props.testId}>
      <figcaption className="figures-chart__title">{props.title}</figcaption>
      <div className="figures-chart__body">
        <svg
          className="figures-chart__svg"
          viewBox={`0 0 ${String(WIDTH)} ${String(HEIGHT)}`}
          preserveAspectRatio="none"
          role="img"
          aria-label={`${props.title}: ${props.values.map((one) => `${one.label} ${props.format(one.value)}`).join(', ')}`}
        >
          <line className="figures-chart__axis" x1={0} y1={HEIGHT - 0.5} x2={WIDTH} y2={HEIGHT - 0.5} />
          <line className="figures-chart__grid" x1={0} y1={HEIGHT / 2} x2={WIDTH} y2={HEIGHT / 2} />
          {props.values.map((one, index) => {
            const height = one.value === null ? 0 : (Math.min(one.value, max) / max) * (HEIGHT - 4);
            return (
              <rect
                key={one.week}
                className={
                  one.value === null ? 'figures-chart__bar figures-chart__bar--empty' : 'figures-chart__bar'
                }
                x={index * width + GAP / 2}
                y={HEIGHT - Math.max(height, one.value === null ? 0 : 1)}
                width={Math.max(1, width - GAP)}
                height={Math.max(height, one.value === null ? 0 : 1)}
              >
                <title>{`${one.label}: ${props.format(one.value)}`}</title>
              </rect>
            );
          })}
        </svg>
        <dl className="figures-chart__numbers">
          <div>
            <dt>Scale top</dt>
            <dd>{props.format(max)}</dd>
          </div>
          <div>
            <dt>{latest === undefined ? 'Latest week' : latest.label}</dt>
            <dd data-testid={`${props.testId}-latest`}>{props.format(latest?.value ?? null)}</dd>
          </div>
        </dl>
      </div>
      <div className="figures-chart__weeks ak-subtlest" aria-hidden="true">
        <span>{props.values[0]?.label}</span>
        <span>{props.values.at(-1)?.label}</span>
      </div>
    </figure>
  );
}
