/**
 * A response deadline that falls after the planned window has started means the approvers may still be
 * answering while the change is being made: the requester and the approvers are told when the deadline is
 * set (src/app/route-messages.ts, the panel). Answers how long after the start, in minutes, or null when the
 * deadline is at or before the start (or either is not an instant).
 */
export function minutesDeadlineAfterWindowStart(deadline: string, windowStart: string): number | null {
  const due = Date.parse(deadline);
  const start = Date.parse(windowStart);
  if (Number.isNaN(due) || Number.isNaN(start) || due <= start) return null;
  return Math.ceil((due - start) / 60_000);
}
