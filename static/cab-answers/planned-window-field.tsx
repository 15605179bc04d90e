/**
 * The planned window: start and end as date + time in a chosen time zone. The ISO instants (with the
 * zone's offset at that local time) are computed in form-state.ts; here the person sees what they mean,
 * including times the clocks skip or repeat (window-preview.ts).
 */
import { useViewer } from '../ui-kit/use-viewer';
import { WindowFlagsNotice } from '../ui-kit/window-flags-notice';
import { answersOf, type FormState } from './form-state';
import { FieldsetField } from './fieldset-field';
import { useWindowFlags, windowToCheck, type WindowToCheck } from './use-window-flags';
import { describeLocalTime } from './window-preview';

type WindowPart = 'startDate' | 'startTime' | 'endDate' | 'endTime' | 'timeZone';

function DateTimeInputs(props: {
  id: string;
  legend: string;
  date: string;
  time: string;
  timeZone: string;
  error: string | undefined;
  onDate: (value: string) => void;
  onTime: (value: string) => void;
  onBlur: () => void;
}) {
  const preview = describeLocalTime(props.date, props.time, props.timeZone);
  return (
    <FieldsetField
      id={props.id}
      legend={props.legend}
      required
      help={preview ?? undefined}
      error={props.error}
    >
      <div className="cr-datetime">
        <input
          className="ak-input"
          type="date"
          aria-label={`${props.legend} date`}
          aria-invalid={props.error !== undefined}
          value={props.date}
          onChange={(event) => {
            props.onDate(event.target.value);
          }}
          onBlur={props.onBlur}
        />
        <input
          className="ak-input"
          type="time"
          aria-label={`${props.legend} time`}
          aria-invalid={props.error !== undefined}
          value={props.time}
          onChange={(event) => {
            props.onTime(event.target.value);
          }}
          onBlur={props.onBlur}
        />
      </div>
    </FieldsetField>
  );
}

export function PlannedWindowField(props: {
  ids: { start: string; end: string; timeZone: string };
  state: FormState;
  timeZones: string[];
  errors: { start: string | undefined; end: string | undefined; timeZone: string | undefined };
  onChange: (part: WindowPart, value: string) => void;
  onBlur: () => void;
  /** Set in a field experience, where the host page draws the label: the group's name for screen readers. */
  hostLabel?: string | undefined;
  /** What else the form knows about the change, to show the window's freezes and clashes as it is picked. */
  flagsFor: Omit<WindowToCheck, 'plannedWindow'>;
}) {
  const viewer = useViewer();
  const flags = useWindowFlags(windowToCheck(answersOf(props.state).plannedWindow, props.flagsFor));
  const zones = props.timeZones.includes(props.state.timeZone)
    ? props.timeZones
    : [props.state.timeZone, ...props.timeZones];
  return (
    <div
      className="cr-window"
      role="group"
      aria-label={props.hostLabel}
      aria-labelledby={props.hostLabel === undefined ? `${props.ids.timeZone}-title` : undefined}
    >
      {props.hostLabel === undefined ? (
        <h3 className="cr-section-title" id={`${props.ids.timeZone}-title`}>
          Planned window
        </h3>
      ) : null}
      <div className="ak-field">
        <label className="ak-label" htmlFor={props.ids.timeZone}>
          Time zone
        </label>
        <select
          id={props.ids.timeZone}
          className="ak-input"
          value={props.state.timeZone}
          aria-invalid={props.errors.timeZone !== undefined}
          aria-describedby={props.errors.timeZone === undefined ? undefined : `${props.ids.timeZone}-error`}
          onChange={(event) => {
            props.onChange('timeZone', event.target.value);
          }}
          onBlur={props.onBlur}
        >
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replace(/_/g, ' ')}
            </option>
          ))}
        </select>
        <span className="ak-help">The start and end below are in this time zone.</span>
        {props.errors.timeZone === undefined ? null : (
          <span className="ak-error" id={`${props.ids.timeZone}-error`} role="alert">
            {props.errors.timeZone}
          </span>
        )}
      </div>
      <DateTimeInputs
        id={props.ids.start}
        legend="Start"
        date={props.state.startDate}
        time={props.state.startTime}
        timeZone={props.state.timeZone}
        error={props.errors.start}
        onDate={(value) => {
          props.onChange('startDate', value);
        }}
        onTime={(value) => {
          props.onChange('startTime', value);
        }}
        onBlur={props.onBlur}
      />
      <DateTimeInputs
        id={props.ids.end}
        legend="End"
        date={props.state.endDate}
        time={props.state.endTime}
        timeZone={props.state.timeZone}
        error={props.errors.end}
        onDate={(value) => {
          props.onChange('endDate', value);
        }}
        onTime={(value) => {
          props.onChange('endTime', value);
        }}
        onBlur={props.onBlur}
      />
      <WindowFlagsNotice flags={flags} viewer={viewer} id={`${props.ids.timeZone}-flags`} />
    </div>
  );
}
