/** Suggestions for every time-zone input on the page (one datalist, shared by id). */
import { useMemo } from 'react';

export const TIME_ZONE_LIST_ID = 'admin-time-zones';

export function TimeZoneList() {
  const zones = useMemo(() => {
    // Chromium and Node 20 have supportedValuesOf; an older browser just gets no suggestions.
    try {
      return Intl.supportedValuesOf('timeZone');
    } catch {
      return [];
    }
  }, []);
  return (
    <datalist id={TIME_ZONE_LIST_ID}>
      {zones.map((zone) => (
        <option key={zone} value={zone} />
      ))}
    </datalist>
  );
}
