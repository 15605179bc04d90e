/** A period of at most a year as two dates (UTC, both included), with presets for the usual spans. */
import { useId } from 'react';

export interface Period {
  from: string;
  to: string;
}

const DAY = 86_400_000;
const dateOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export interface PeriodPreset {
  key: string;
  label: string;
  period: (today: Date) => Period;
}

/** Looking back: the figures and the audit export. */
export const PAST_PRESETS: PeriodPreset[] = [
  {
    key: '4w',
    label: 'Last 4 weeks',
    period: (today) => ({ from: dateOf(today.getTime() - 27 * DAY), to: dateOf(today.getTime()) }),
  },
  {
    key: '13w',
    label: 'Last quarter',
    period: (today) => ({ from: dateOf(today.getTime() - 90 * DAY), to: dateOf(today.getTime()) }),
  },
  {
    key: '52w',
    label: 'Last 12 months',
    period: (today) => ({ from: dateOf(today.getTime() - 364 * DAY), to: dateOf(today.getTime()) }),
  },
];

/** Looking ahead from this week's Monday (UTC): the calendar. */
export const AHEAD_PRESETS: PeriodPreset[] = [4, 8, 13].map((weeks) => ({
  key: `${String(weeks)}w-ahead`,
  label: `Next ${String(weeks)} weeks`,
  period: (today) => {
    const monday = today.getTime() - ((today.getUTCDay() + 6) % 7) * DAY;
    return { from: dateOf(monday), to: dateOf(monday + (weeks * 7 - 1) * DAY) };
  },
}));

export function PeriodPicker(props: {
  period: Period;
  presets: readonly PeriodPreset[];
  today: Date;
  onChange: (period: Period) => void;
  /** The server's word on a bad period, next to the dates. */
  error?: string | undefined;
}) {
  const id = useId();
  return (
    <div className="ak-row figures-period" data-testid="period-picker">
      {props.presets.map((preset) => (
        <button
          key={preset.key}
          type="button"
          className="ak-button ak-button--subtle"
          onClick={() => {
            props.onChange(preset.period(props.today));
          }}
        >
          {preset.label}
        </button>
      ))}
      <label className="ak-label" htmlFor={`${id}-from`}>
        From
      </label>
      <input
        id={`${id}-from`}
        className="ak-input figures-date"
        type="date"
        value={props.period.from}
        aria-invalid={props.error !== undefined}
        onChange={(event) => {
          props.onChange({ ...props.period, from: event.target.value });
        }}
      />
      <label className="ak-label" htmlFor={`${id}-to`}>
        to
      </label>
      <input
        id={`${id}-to`}
        className="ak-input figures-date"
        type="date"
        value={props.period.to}
        aria-invalid={props.error !== undefined}
        onChange={(event) => {
          props.onChange({ ...props.period, to: event.target.value });
        }}
      />
      {props.error === undefined ? null : (
        <span className="ak-error" role="alert">
          {props.error}
        </span>
      )}
    </div>
  );
}
