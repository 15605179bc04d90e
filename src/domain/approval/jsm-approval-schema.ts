import { z } from 'zod';

/**
 * The subset of JSM's Approval object that Async CAB relies on, as returned by
 * `GET /rest/servicedeskapi/request/{issueIdOrKey}/approval` (docs/platform-assumptions.md).
 *
 * Objects are loose: Jira adds keys (`_links`, `timeZone`, `jira`, `friendly`, ...) and may add more; we keep
 * them rather than fail. Enums are closed: jira.js's `openEnum` accepts any string, but an approval state we do
 * not understand must not be read as "pending" or "approved" by accident, so it is rejected with a clear message.
 */
export const APPROVAL_DECISIONS = ['pending', 'approved', 'declined'] as const;
export type ApprovalDecision = (typeof APPROVAL_DECISIONS)[number];

function decisionSchema(field: string) {
  return z.enum(APPROVAL_DECISIONS, {
    error: (issue) =>
      `${field} must be one of ${APPROVAL_DECISIONS.join(', ')}; got ${issue.input === undefined ? 'nothing' : JSON.stringify(issue.input)}.`,
  });
}

/** JSM's DateDTO; `epochMillis` orders approval rounds, `iso8601` is for display. */
export const JsmDateSchema = z.looseObject({
  iso8601: z.string().min(1),
  epochMillis: z.number().int(),
});

export const JsmApproverUserSchema = z.looseObject({
  accountId: z.string().min(1),
  displayName: z.string(),
  // "Depending on the customer's privacy settings, this may be returned as null" (jira.js UserSchema doc).
  emailAddress: z.string().nullish(),
  active: z.boolean().exactOptional(),
});

export const JsmApproverSchema = z.looseObject({
  approver: JsmApproverUserSchema,
  approverDecision: decisionSchema('approverDecision'),
});

export const JsmApprovalSchema = z.looseObject({
  id: z.string().min(1),
  name: z.string(),
  finalDecision: decisionSchema('finalDecision'),
  canAnswerApproval: z.boolean(),
  approvers: z.array(JsmApproverSchema),
  createdDate: JsmDateSchema,
  // Present only once the approval is decided (docs/platform-assumptions.md).
  completedDate: JsmDateSchema.exactOptional(),
});

/** JSM's paged envelope (`PagedDTO`); only `values` is needed, the rest is kept when present. */
export const JsmApprovalPageSchema = z.looseObject({
  values: z.array(JsmApprovalSchema),
  isLastPage: z.boolean().exactOptional(),
  size: z.number().int().nonnegative().exactOptional(),
  start: z.number().int().nonnegative().exactOptional(),
  limit: z.number().int().nonnegative().exactOptional(),
});

export type JsmApprover = z.infer<typeof JsmApproverSchema>;
export type JsmApproval = z.infer<typeof JsmApprovalSchema>;
export type JsmApprovalPage = z.infer<typeof JsmApprovalPageSchema>;
