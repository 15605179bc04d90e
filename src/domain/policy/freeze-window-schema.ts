import { z } from 'zod';
import { systemKeySchema } from '../shared/common-schemas';
import { isIsoInstant } from '../shared/iso-instant';

/** A freeze longer than a year is a standing rule, not a window; the board's periods are a year at most. */
export const MAX_FREEZE_DAYS = 366;
const MAX_FREEZE_MS = MAX_FREEZE_DAYS * 24 * 60 * 60 * 1000;
export const MAX_FREEZE_WINDOWS = 100;

export const FREEZE_KINDS = ['hard', 'soft'] as const;
export type FreezeKind = (typeof FREEZE_KINDS)[number];

const freezeInstantSchema = z
  .string({ error: 'Give the date and time with a time-zone offset, e.g. 2026-12-21T00:00Z.' })
  .refine(isIsoInstant, {
    error: (issue) =>
      `${JSON.stringify(issue.input)} is not a date and time with a time-zone offset, e.g. 2026-12-21T00:00Z or 2026-12-21T00:00+01:00.`,
    params: { code: 'invalid-instant' },
  });

/**
 * A period in which changes should not be planned (a release freeze, the holiday season), for every
 * system or only the listed ones. `hard`: only emergency changes may be planned in it; `soft`: planning
 * in it is allowed, with a warning people see before they decide (src/domain/calendar/window-flags.ts).
 */
export const freezeWindowSchema = z
  .strictObject({
    name: z
      .string({ error: 'The freeze window needs a name, e.g. Year-end freeze.' })
      .trim()
      .min(1, { error: 'The freeze window needs a name, e.g. Year-end freeze.' })
      .max(100, { error: 'Keep the freeze window name under 100 characters.' }),
    start: freezeInstantSchema,
    end: freezeInstantSchema,
    /** The systems it freezes; every system when left out. */
    systems: z
      .array(systemKeySchema)
      .min(1, { error: 'List at least one system, or leave systems out to freeze every system.' })
      .optional(),
    kind: z.enum(FREEZE_KINDS, {
      error: "A freeze is 'hard' (only emergency changes may be planned in it) or 'soft' (a warning).",
    }),
  })
  .superRefine((freeze, ctx) => {
    // zod runs object checks even when a field's refinement failed; an unreadable instant is reported already.
    if (!isIsoInstant(freeze.start) || !isIsoInstant(freeze.end)) return;
    const length = Date.parse(freeze.end) - Date.parse(freeze.start);
    if (length <= 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        params: { code: 'window-end-before-start' },
        input: freeze.end,
        message: `The freeze window '${freeze.name}' must end after it starts (${freeze.start} to ${freeze.end}).`,
      });
    } else if (length > MAX_FREEZE_MS) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        params: { code: 'window-too-long' },
        input: freeze.end,
        message: `The freeze window '${freeze.name}' may be at most ${String(MAX_FREEZE_DAYS)} days long; split it into one window per year.`,
      });
    }
  });

/** Left out of a policy saved before freezes existed: none. */
export const freezeWindowsSchema = z
  .array(freezeWindowSchema)
  .max(MAX_FREEZE_WINDOWS, { error: `At most ${String(MAX_FREEZE_WINDOWS)} freeze windows.` })
  .default(() => []);

export type FreezeWindow = z.output<typeof freezeWindowSchema>;
