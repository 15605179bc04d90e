import { z } from 'zod';
import { httpsUrlSchema, repositorySchema, systemKeySchema, timeZoneSchema } from '../shared/common-schemas';
import { isValidTimeZone } from '../clock/is-valid-time-zone';
import { formatDisplayTime } from '../decision-record/format-display-time';
import { isIsoInstant } from '../shared/iso-instant';
import { SEVERITY_LEVELS } from '../shared/severity-level';

export const CHANGE_TYPES = ['standard', 'normal', 'emergency'] as const;
export type ChangeType = (typeof CHANGE_TYPES)[number];

/**
 * A change window is the slot in which the change is carried out, and approvers judge the risk of that
 * slot. Beyond two weeks it stops being a window and becomes a standing permission (that is what a
 * standard-change template is for), and JSM approvals never expire, so an approval would outlive its context.
 */
export const MAX_WINDOW_DAYS = 14;
const MAX_WINDOW_MS = MAX_WINDOW_DAYS * 24 * 60 * 60 * 1000;

/** Jira's summary field limit. */
export const SUMMARY_MAX = 255;
/** Kept well under Jira's 32 767-char text-field limit so an ADF wrapper still fits. */
export const DESCRIPTION_MAX = 32_000;
export const ANSWER_MAX = 5_000;

export const summarySchema = z
  .string({ error: 'Give the change a summary.' })
  .trim()
  .min(1, { error: 'Give the change a summary.' })
  .max(SUMMARY_MAX, { error: `The summary must be at most ${SUMMARY_MAX} characters (Jira's limit).` });

export const descriptionSchema = z
  .string()
  .max(DESCRIPTION_MAX, { error: `The description must be at most ${DESCRIPTION_MAX} characters.` });

export const affectedSystemsSchema = z
  .array(systemKeySchema, { error: 'List the affected systems.' })
  .min(1, { error: 'Choose at least one affected system.' })
  .superRefine((keys, ctx) => {
    keys.forEach((key, index) => {
      if (keys.indexOf(key) !== index) {
        ctx.addIssue({
          code: 'custom',
          path: [index],
          params: { code: 'duplicate' },
          input: key,
          message: `The system '${key}' is listed more than once.`,
        });
      }
    });
  });

export const changeTypeSchema = z.enum(CHANGE_TYPES, {
  error: 'Choose the change type: standard, normal or emergency.',
});

export const riskSchema = z.enum(SEVERITY_LEVELS, {
  error: 'Choose the risk: low, medium, high or critical.',
});

const instantSchema = z
  .string()
  .min(1, { error: 'Choose the date and the time.' })
  .refine((value) => value === '' || isIsoInstant(value), {
    error: (issue) =>
      `${JSON.stringify(issue.input)} is not a date and time with a time-zone offset, e.g. 2026-11-24T10:00Z or 2026-11-24T10:00+01:00.`,
    params: { code: 'invalid-instant' },
  });

export const plannedWindowSchema = z
  .object(
    { start: instantSchema, end: instantSchema, timeZone: timeZoneSchema },
    { error: 'Give the planned window: start, end and time zone.' },
  )
  .superRefine((window, ctx) => {
    // zod runs object checks even when a field's refinement failed; an unreadable instant is reported already.
    if (!isIsoInstant(window.start) || !isIsoInstant(window.end)) return;
    const start = Date.parse(window.start);
    const end = Date.parse(window.end);
    // Times as the requester planned them, in the window's own zone (ISO when the zone is not readable).
    const when = (iso: string) =>
      isValidTimeZone(window.timeZone) ? formatDisplayTime(iso, window.timeZone) : iso;
    if (end <= start) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        params: { code: 'window-end-before-start' },
        input: window.end,
        message: `The planned window must end after it starts (it starts ${when(window.start)} and ends ${when(window.end)}).`,
      });
    } else if (end - start > MAX_WINDOW_MS) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        params: { code: 'window-too-long' },
        input: window.end,
        message: `The planned window may be at most ${MAX_WINDOW_DAYS} days long (it starts ${when(window.start)} and ends ${when(window.end)}); split the change or use a standard change.`,
      });
    }
  });

export const testingSchema = z.discriminatedUnion(
  'tested',
  [
    z.object({
      tested: z.literal(true),
      evidenceUrl: httpsUrlSchema,
    }),
    z.object({
      tested: z.literal(false),
      reason: z
        .string({ error: 'Say why the change was not tested.' })
        .trim()
        .min(1, { error: 'Say why the change was not tested.' })
        .max(ANSWER_MAX, { error: `The reason must be at most ${ANSWER_MAX} characters.` }),
    }),
  ],
  {
    error:
      'Say whether the change has been tested (tested: true with an evidence link, or false with a reason).',
  },
);

export const consequenceSchema = z
  .string({ error: 'Describe what happens if this change is not released now.' })
  .trim()
  .min(1, { error: 'Describe what happens if this change is not released now.' })
  .max(ANSWER_MAX, { error: `The consequence of not releasing must be at most ${ANSWER_MAX} characters.` });

export const rollbackPlanSchema = z
  .string({ error: 'Describe how to roll the change back.' })
  .trim()
  .min(1, { error: 'Describe how to roll the change back.' })
  .max(ANSWER_MAX, { error: `The rollback plan must be at most ${ANSWER_MAX} characters.` });

const shaSchema = z
  .string()
  .regex(/^[0-9a-f]{40}$/, { error: 'A commit SHA is 40 lower-case hexadecimal characters.' });

export const linkedPullRequestSchema = z.object({
  repository: repositorySchema,
  number: z.number().int().positive({ error: 'A pull request number is a positive whole number.' }),
  url: httpsUrlSchema,
  headSha: shaSchema,
  mergeSha: shaSchema.optional(),
});

export const requesterSchema = z.object(
  {
    accountId: z
      .string({ error: 'The requester needs an Atlassian account id.' })
      .trim()
      .min(1, { error: 'The requester needs an Atlassian account id.' }),
  },
  { error: 'The requester is missing.' },
);
