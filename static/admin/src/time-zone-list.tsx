/** Suggestions for every time-zone input on the page (one datalist, shared by id). */
import { useMemo } from 'react';
import { supportedTimeZones } from '../../ui-kit/time-zones';

export const TIME_ZONE_LIST_ID = 'admin-time-zones';

export function TimeZoneList() {
  // Chromium and Node 20 list their zones; an older browser just gets no suggestions.
  const zones = useMemo(() => supportedTimeZones(), []);
  return (
    <datalist id={TIME_ZONE_LIST_ID}>
      {zones.map((zone) => (
        <option key={zone} value={zone} />
      ))}
    </datalist>
  );
}
