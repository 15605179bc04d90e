/** Payloads of the board's figures, calendar and audit export (resolver-contract.ts). */
import { z } from 'zod';
import { isValidTimeZone } from '../domain/clock';

/** A period is a year at most: 366 days, so a leap year fits. */
export const MAX_PERIOD_DAYS = 366;
const DAY_MS = 86_400_000;

const isCalendarDate = (text: string) => {
  const parsed = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === text;
};

const IsoDateSchema = z
  .string({ error: 'Give the date as YYYY-MM-DD, e.g. 2026-03-02.' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Give the date as YYYY-MM-DD, e.g. 2026-03-02.')
  .refine(isCalendarDate, {
    error: (issue) => `${JSON.stringify(issue.input)} is not a date in the calendar.`,
  });

const periodShape = { from: IsoDateSchema, to: IsoDateSchema };

function checkPeriod(period: { from: string; to: string }, ctx: z.core.$RefinementCtx): void {
  const from = Date.parse(`${period.from}T00:00:00Z`);
  const to = Date.parse(`${period.to}T00:00:00Z`);
  // The dates' own checks have reported an unreadable one.
  if (Number.isNaN(from) || Number.isNaN(to)) return;
  if (to < from) {
    ctx.addIssue({
      code: 'custom',
      path: ['to'],
      input: period.to,
      message: `The period must end on or after its start (from ${period.from}, to ${period.to}).`,
    });
  } else if ((to - from) / DAY_MS + 1 > MAX_PERIOD_DAYS) {
    ctx.addIssue({
      code: 'custom',
      path: ['to'],
      input: period.to,
      message: `A period is at most one year (${String(MAX_PERIOD_DAYS)} days); ${period.from} to ${period.to} is ${String((to - from) / DAY_MS + 1)} days.`,
    });
  }
}

/** From and to are calendar dates in UTC, both included. */
export const PeriodPayloadSchema = z.object(periodShape).strict().superRefine(checkPeriod);

export const ExportDecisionsPayloadSchema = z
  .object({
    ...periodShape,
    /** The viewer's zone: each time is given in UTC and in it. */
    timeZone: z
      .string({ error: 'Give the time zone to show times in, e.g. Europe/London.' })
      .refine(isValidTimeZone, {
        error: (issue) =>
          `${JSON.stringify(issue.input)} is not a known IANA time zone (e.g. Europe/London).`,
      }),
    /** From the previous part's `nextCursor`; left out for the first part. */
    cursor: z.string().min(1).max(4000, 'This export cursor is not one the app gave out.').optional(),
  })
  .strict()
  .superRefine(checkPeriod);
