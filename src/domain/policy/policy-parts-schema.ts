import { z } from 'zod';
import { LOCAL_TIME_PATTERN, minutesOfDay } from '../shared/local-time';
import { isIsoDate } from '../shared/iso-instant';
import { repositorySchema, systemKeySchema, timeZoneSchema } from '../shared/common-schemas';
import { SEVERITY_LEVELS } from '../shared/severity-level';

const nonEmpty = (what: string) =>
  z
    .string()
    .trim()
    .min(1, { error: `${what} must not be empty.` });

const localTimeSchema = z.string().regex(LOCAL_TIME_PATTERN, {
  error: (issue) => `${JSON.stringify(issue.input)} is not a time of day as HH:mm (e.g. 09:00).`,
});

/** The clock reads a day end of '24:00' as "until midnight" (round-the-clock teams). */
const DAY_END_PATTERN = /^(?:([01]\d|2[0-3]):[0-5]\d|24:00)$/;
const dayEndSchema = z.string().regex(DAY_END_PATTERN, {
  error: (issue) =>
    `${JSON.stringify(issue.input)} is not an end of day as HH:mm (e.g. 17:00, or 24:00 for midnight).`,
});

export const workingHoursSchema = z
  .strictObject({
    days: z
      .array(
        z.literal([1, 2, 3, 4, 5, 6, 7], {
          error: 'Working days are ISO weekday numbers: 1 (Monday) to 7 (Sunday).',
        }),
      )
      .min(1, {
        error: 'Choose at least one working day.',
      }),
    start: localTimeSchema,
    end: dayEndSchema,
  })
  .superRefine((hours, ctx) => {
    // zod runs object checks even when a field's format check failed; that field is reported already.
    if (!LOCAL_TIME_PATTERN.test(hours.start) || !DAY_END_PATTERN.test(hours.end)) return;
    if (minutesOfDay(hours.end) <= minutesOfDay(hours.start)) {
      ctx.addIssue({
        code: 'custom',
        path: ['end'],
        params: { code: 'day-end-before-start' },
        input: hours.end,
        message: `The working day must end after it starts (start ${hours.start}, end ${hours.end}).`,
      });
    }
  });

export const approverGroupSchema = z.strictObject({
  groupId: nonEmpty('The Jira group id'),
  name: nonEmpty('The group name'),
});

export const systemSchema = z.strictObject({
  key: systemKeySchema,
  name: nonEmpty('The system name'),
  // May be empty so an admin can add a system before choosing its approvers; routing reports it.
  approverGroupIds: z.array(z.string()),
  repositories: z.array(repositorySchema),
  timeZone: timeZoneSchema,
  workingHours: workingHoursSchema.optional(),
  criticality: z.enum(SEVERITY_LEVELS),
});

export const holidaySchema = z.strictObject({
  date: z.string().refine(isIsoDate, {
    error: (issue) => `${JSON.stringify(issue.input)} is not a date as YYYY-MM-DD.`,
    params: { code: 'invalid-date' },
  }),
  name: nonEmpty('The holiday name'),
  timeZones: z.array(timeZoneSchema).min(1).optional(),
});

/** JSM's numberPerPrincipal condition accepts at most 20 (docs/platform-assumptions.md). */
export const approvalsPerGroupSchema = z
  .number()
  .int({ error: 'Approvals per group must be a whole number.' })
  .min(1, { error: 'At least 1 approval per group is needed.' })
  .max(20, { error: "JSM allows at most 20 approvals per group (numberPerPrincipal's limit)." });

export const remindersSchema = z.strictObject({
  atFractions: z.array(
    z
      .number()
      .gt(0, { error: 'A reminder fraction is between 0 and 1 (e.g. 0.5 = half-way to the deadline).' })
      .lt(1, { error: 'A reminder fraction is between 0 and 1 (e.g. 0.5 = half-way to the deadline).' }),
  ),
  minimumGapHours: z.number().min(0, { error: 'The minimum gap between reminders cannot be negative.' }),
});

/**
 * Who is told when a response clock runs out (the change managers). Empty until an admin chooses one: a
 * fresh policy has none, and the setup check says so; escalations are then only flagged on the CR.
 */
export const escalationSchema = z.strictObject({ groupId: z.string().trim() });

export const silenceIsConsentSchema = z.discriminatedUnion('enabled', [
  z.strictObject({ enabled: z.literal(false) }),
  z.strictObject({
    enabled: z.literal(true),
    afterBusinessHours: z
      .number()
      .positive({ error: 'Silence can count as consent only after a positive number of business hours.' }),
    // Silence is consent only for low-risk tiers (docs/architecture.md, flow 6): never for high or critical risk.
    maxRisk: z.enum(['low', 'medium'], { error: 'Silence can be consent for low or medium risk at most.' }),
  }),
]);

export const businessResponseTimeSchema = z.strictObject({
  kind: z.literal('business', {
    error: "Standard and normal changes run on business hours: kind 'business'.",
  }),
  hours: z.number().positive({ error: 'The response time must be a positive number of hours.' }),
});

export const routineChangeTypeSchema = z.strictObject({
  approvalsPerGroup: approvalsPerGroupSchema,
  responseTime: businessResponseTimeSchema,
  reminders: remindersSchema,
  escalation: escalationSchema,
  silenceIsConsent: silenceIsConsentSchema,
});

export const emergencyChangeTypeSchema = z.strictObject({
  // May be empty until an admin chooses them; routing then holds an emergency for a change manager.
  approverGroupIds: z.array(z.string()),
  approvalsPerGroup: approvalsPerGroupSchema,
  responseTime: z.strictObject({
    kind: z.literal('wallClock', { error: "Emergency changes run on a wall clock: kind 'wallClock'." }),
    minutes: z
      .number()
      .int()
      .positive({ error: 'The emergency response time must be a positive number of minutes.' }),
  }),
  reminders: remindersSchema,
  escalation: escalationSchema,
  retrospective: z.strictObject({ deadlineHours: z.number().positive() }),
  postImplementationReview: z.strictObject({
    required: z.boolean(),
    checklist: z.array(nonEmpty('A checklist item')),
  }),
  // Named explicitly so the person gets the reason instead of "unknown field" (docs/architecture.md, flow 6).
  silenceIsConsent: z
    .never({
      error: 'Silence is never consent for an emergency change: remove silenceIsConsent from emergency.',
    })
    .optional(),
});
