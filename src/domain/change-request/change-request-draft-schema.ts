import { type z } from 'zod';
import { changeRequestSchema } from './change-request-schema';

/**
 * Fields only a person can answer. A CR drafted from a pull request (DESIGN.md flow 4) waits in Draft
 * until the developer answers them. `testing` is included because a PR without checks gives no evidence
 * either way, and inventing a "not tested" reason for the developer would put words in their mouth.
 */
export const HUMAN_ONLY_FIELDS = [
  'changeType',
  'risk',
  'plannedWindow',
  'consequenceOfNotReleasing',
  'rollbackPlan',
  'testing',
] as const;
export type HumanOnlyField = (typeof HUMAN_ONLY_FIELDS)[number];

export const changeRequestDraftSchema = changeRequestSchema.partial({
  changeType: true,
  risk: true,
  plannedWindow: true,
  consequenceOfNotReleasing: true,
  rollbackPlan: true,
  testing: true,
});

export type ChangeRequestDraft = z.output<typeof changeRequestDraftSchema>;
