import { businessMinutesBetween, type WorkingCalendar } from '../clock';
import { type ChangeType } from '../change-request/change-request-fields';
import { type ChangeRequest } from '../change-request/change-request-schema';
import { type PolicySystem } from '../policy/policy-schema';
import { severityRank, type SeverityLevel } from '../shared/severity-level';

/** The facts risk-tier conditions read (policy/risk-condition-schema.ts), with names for explanations. */
export interface ChangeFacts {
  readonly risk: SeverityLevel;
  readonly changeType: ChangeType;
  readonly tested: boolean;
  readonly hasRollbackPlan: boolean;
  /** The most critical known affected system; null when no affected system is known. */
  readonly mostCritical: { readonly name: string; readonly criticality: SeverityLevel } | null;
  /** The first calendar (system name + zone) in which part of the window is outside working hours. */
  readonly windowOutsideWorkingHoursOf: string | null;
}

export interface SystemWithCalendar {
  readonly system: PolicySystem;
  readonly calendar: WorkingCalendar;
}

/** `fallback` is the calendar used for the window when no affected system is known (policy defaults). */
export function deriveChangeFacts(
  cr: ChangeRequest,
  systems: readonly SystemWithCalendar[],
  fallback: WorkingCalendar,
): ChangeFacts {
  const start = new Date(cr.plannedWindow.start);
  const end = new Date(cr.plannedWindow.end);
  const windowMinutes = (end.getTime() - start.getTime()) / 60_000;
  const calendars: { label: string; calendar: WorkingCalendar }[] =
    systems.length > 0
      ? systems.map(({ system, calendar }) => ({ label: `${system.name} (${calendar.timeZone})`, calendar }))
      : [{ label: `the default working hours (${fallback.timeZone})`, calendar: fallback }];
  // Any minute of the window outside a calendar's working time counts: the owners of that system are
  // off duty for part of the change. Half a minute of slack absorbs rounding of second-precision instants.
  const outside = calendars.find(
    ({ calendar }) => businessMinutesBetween(start, end, calendar) < windowMinutes - 0.5,
  );
  const mostCritical = systems.reduce<ChangeFacts['mostCritical']>(
    (best, { system }) =>
      best === null || severityRank(system.criticality) > severityRank(best.criticality)
        ? { name: system.name, criticality: system.criticality }
        : best,
    null,
  );
  return {
    risk: cr.risk,
    changeType: cr.changeType,
    tested: cr.testing.tested,
    hasRollbackPlan: cr.rollbackPlan.trim().length > 0,
    mostCritical,
    windowOutsideWorkingHoursOf: outside?.label ?? null,
  };
}
