import type { ChangeType } from '../change-request/change-request-fields';

/** A change request as the calendar sees it: what it touches and when it is planned to happen. */
export interface PlannedChange {
  readonly issueKey: string;
  readonly summary: string;
  readonly systems: readonly string[];
  readonly changeType: ChangeType;
  readonly window: PlannedSlot;
  /** The ledger's status, e.g. 'awaiting-approval' or 'approved', for people to read. */
  readonly status: string;
}

/** A stretch of time [start, end): ISO 8601 instants with offsets; `timeZone` is where it was planned. */
export interface PlannedSlot {
  readonly start: string;
  readonly end: string;
  readonly timeZone?: string;
}

/** Half-open: a window ending at 10:00 does not clash with one starting at 10:00. */
export function overlapOf(a: PlannedSlot, b: PlannedSlot): { start: string; end: string } | null {
  const start = Math.max(Date.parse(a.start), Date.parse(b.start));
  const end = Math.min(Date.parse(a.end), Date.parse(b.end));
  if (!(start < end)) return null;
  return { start: new Date(start).toISOString(), end: new Date(end).toISOString() };
}
