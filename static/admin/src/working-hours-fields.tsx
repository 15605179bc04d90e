/** A system's own working hours: days of the week and the start and end of the working day. */
import type { PolicyWeekday, PolicyWorkingHours } from '@async-cab/shared/client';
import { useControl } from './editor-context';
import { TextControl } from './form-controls';
import { WEEKDAYS } from './working-hours-text';

export function WorkingHoursFields(props: {
  path: string;
  value: PolicyWorkingHours;
  onChange: (hours: PolicyWorkingHours) => void;
}) {
  const days = useControl(`${props.path}.days`);
  const toggle = (day: PolicyWeekday, on: boolean) => {
    const next = on ? [...props.value.days, day] : props.value.days.filter((d) => d !== day);
    props.onChange({ ...props.value, days: [...new Set(next)].sort((a, b) => a - b) });
  };
  return (
    <div className="admin-grid">
      <fieldset
        className="admin-fieldset admin-span-all"
        aria-describedby={days.error === undefined ? undefined : `${days.id}-error`}
      >
        <legend className="ak-label">Working days</legend>
        <div className="ak-row">
          {WEEKDAYS.map((weekday) => (
            <label key={weekday.day} className="admin-checkbox">
              <input
                type="checkbox"
                id={weekday.day === 1 ? days.id : undefined}
                checked={props.value.days.includes(weekday.day)}
                disabled={days.readOnly}
                aria-label={weekday.long}
                onChange={(event) => {
                  toggle(weekday.day, event.target.checked);
                }}
              />
              {weekday.short}
            </label>
          ))}
        </div>
        {days.error === undefined ? null : (
          <span className="ak-error" id={`${days.id}-error`} role="alert">
            {days.error}
          </span>
        )}
      </fieldset>
      <TextControl
        path={`${props.path}.start`}
        label="Day starts"
        help="HH:mm, e.g. 09:00"
        value={props.value.start}
        onChange={(start) => {
          props.onChange({ ...props.value, start });
        }}
      />
      <TextControl
        path={`${props.path}.end`}
        label="Day ends"
        help="HH:mm; 24:00 means midnight"
        value={props.value.end}
        onChange={(end) => {
          props.onChange({ ...props.value, end });
        }}
      />
    </div>
  );
}
