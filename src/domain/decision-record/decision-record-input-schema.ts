import { z } from 'zod';
import { isValidTimeZone } from '../clock';

/** Decisions a record can announce (docs/architecture.md, flows 3, 5 and 6). */
export const RECORD_DECISIONS = [
  'approved',
  'declined',
  'approved-by-silence',
  'implemented-before-approval',
] as const;
export type RecordDecision = (typeof RECORD_DECISIONS)[number];

const instant = (what: string) =>
  z.iso.datetime({
    offset: true,
    error: `${what} must be an ISO 8601 date-time, e.g. 2026-11-20T14:02:00Z.`,
  });

const required = (what: string) =>
  z
    .string()
    .trim()
    .min(1, { error: `${what} must not be empty.` });

// Links are attributes, not free text: they cannot be shortened, so their length is bounded here instead.
const webLink = (what: string) =>
  z
    .url({ protocol: /^https?$/, error: `${what} must be an absolute http(s) URL.` })
    .max(2000, { error: `${what} must be at most 2000 characters.` });

const ApproverSchema = z.object({
  name: required('approvers[].name'),
  accountId: required('approvers[].accountId'),
  group: z.string(),
  decision: z.enum(['approved', 'declined', 'pending']),
  comment: z.string().optional(),
  /** When the person answered, if the app saw it (JSM's approval API does not say). */
  decidedAt: instant('approvers[].decidedAt').optional(),
});

const PlannedWindowSchema = z.union([
  z.string(),
  z.object({ start: instant('plannedWindow.start'), end: instant('plannedWindow.end') }),
]);

export const DecisionRecordInputSchema = z
  .object({
    issueKey: z.string().regex(/^[A-Z][A-Z0-9_]*-[1-9]\d*$/, { error: 'issueKey must look like CHG-123.' }),
    decision: z.enum(RECORD_DECISIONS, {
      error: (issue) =>
        `decision must be one of ${RECORD_DECISIONS.join(', ')}; got ${JSON.stringify(issue.input)}.`,
    }),
    decidedAt: instant('decidedAt'),
    timeZone: z.string().refine(isValidTimeZone, {
      error: (issue) => `timeZone ${JSON.stringify(issue.input)} is not a known IANA time zone.`,
    }),
    approvers: z.array(ApproverSchema),
    conditions: z.array(z.string()),
    dissent: z.array(z.object({ name: required('dissent[].name'), comment: z.string() })),
    context: z.object({
      summary: z.string(),
      changeType: z.string(),
      risk: z.string(),
      systems: z.array(z.string()),
      plannedWindow: PlannedWindowSchema.optional(),
      routingReasons: z.array(z.string()),
    }),
    links: z.object({
      pullRequest: z.object({ url: webLink('links.pullRequest.url'), title: z.string() }).optional(),
      issueUrl: webLink('links.issueUrl').optional(),
    }),
    silence: z
      .object({
        objectionWindow: required('silence.objectionWindow'),
        notified: z.array(
          z.object({ name: required('silence.notified[].name'), at: instant('silence.notified[].at') }),
        ),
        objections: z.int().nonnegative(),
      })
      .optional(),
    breakGlass: z
      .object({
        by: required('breakGlass.by'),
        at: instant('breakGlass.at'),
        reason: required('breakGlass.reason'),
        retrospectiveDeadline: instant('breakGlass.retrospectiveDeadline'),
      })
      .optional(),
  })
  .superRefine((input, context) => {
    // A record must carry the evidence for its own kind of decision (docs/architecture.md, flows 5 and 6).
    if (input.decision === 'approved-by-silence') {
      if (input.silence === undefined) {
        context.addIssue({
          code: 'custom',
          path: ['silence'],
          message:
            'An approved-by-silence record needs silence: the objection window and who was notified when.',
        });
      } else if (input.silence.objections > 0) {
        context.addIssue({
          code: 'custom',
          path: ['silence', 'objections'],
          message: 'A change with objections cannot be approved by silence.',
        });
      }
    }
    if (input.decision === 'implemented-before-approval' && input.breakGlass === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['breakGlass'],
        message:
          'An implemented-before-approval record needs breakGlass: who, when, why and the retrospective deadline.',
      });
    }
  });

export type DecisionRecordInput = z.input<typeof DecisionRecordInputSchema>;
export type ValidDecisionRecordInput = z.output<typeof DecisionRecordInputSchema>;
