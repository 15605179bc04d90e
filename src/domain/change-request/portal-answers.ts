import type { z } from 'zod';
import { type ParseResult } from '../shared/field-error';
import { parseWithSchema } from '../shared/zod-issues-to-field-errors';
import { changeRequestSchema } from './change-request-schema';

/**
 * The CAB questions as one answer form asks them (the portal's completion form validates live with this).
 * Summary and description are JSM's own fields and the requester is the reporter, so they are not answers.
 */
export const portalAnswersSchema = changeRequestSchema
  .pick({
    affectedSystems: true,
    changeType: true,
    risk: true,
    plannedWindow: true,
    testing: true,
    consequenceOfNotReleasing: true,
    rollbackPlan: true,
  })
  .strict();

export type PortalAnswers = z.output<typeof portalAnswersSchema>;

export function parsePortalAnswers(input: unknown): ParseResult<PortalAnswers> {
  return parseWithSchema(portalAnswersSchema, input);
}
