import { z } from 'zod';
import {
  affectedSystemsSchema,
  changeTypeSchema,
  consequenceSchema,
  descriptionSchema,
  linkedPullRequestSchema,
  plannedWindowSchema,
  requesterSchema,
  riskSchema,
  rollbackPlanSchema,
  summarySchema,
  testingSchema,
} from './change-request-fields';

/** A complete change request, as submitted for approval (docs/architecture.md, flow 1). */
export const changeRequestSchema = z.object(
  {
    summary: summarySchema,
    description: descriptionSchema.default(''),
    affectedSystems: affectedSystemsSchema,
    changeType: changeTypeSchema,
    risk: riskSchema,
    plannedWindow: plannedWindowSchema,
    testing: testingSchema,
    consequenceOfNotReleasing: consequenceSchema,
    rollbackPlan: rollbackPlanSchema,
    linkedPullRequest: linkedPullRequestSchema.optional(),
    requester: requesterSchema,
  },
  // Only for a non-object; other root issues (unknown keys) keep their own messages.
  {
    error: (issue) =>
      issue.code === 'invalid_type' ? 'A change request must be an object with its fields.' : undefined,
  },
);

export type ChangeRequest = z.output<typeof changeRequestSchema>;
export type ChangeRequestInput = z.input<typeof changeRequestSchema>;
export type PlannedWindow = ChangeRequest['plannedWindow'];
export type Testing = ChangeRequest['testing'];
export type LinkedPullRequest = z.output<typeof linkedPullRequestSchema>;
