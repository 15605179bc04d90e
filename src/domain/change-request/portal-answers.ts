import type { z } from 'zod';
import { type ParseResult } from '../shared/field-error';
import { parseWithSchema } from '../shared/zod-issues-to-field-errors';
import { parseChangeRequest } from './parse-change-request';
import { changeRequestSchema, type ChangeRequest } from './change-request-schema';

/**
 * The CAB questions answered on the portal's create form (the app's create property panel). Summary and
 * description are JSM's own fields and the requester is the reporter, so they are not part of the answers.
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

/** The CR a portal request stands for: the answers plus the request's own fields and its reporter. */
export function changeRequestFromPortal(
  answers: unknown,
  request: {
    summary: string;
    description: string;
    requesterAccountId: string;
    /** The pull request of a CR drafted from GitHub (validated with the rest). */
    linkedPullRequest?: unknown;
  },
): ParseResult<ChangeRequest> {
  const parsed = parsePortalAnswers(answers);
  if (!parsed.ok) return parsed;
  return parseChangeRequest({
    ...parsed.value,
    summary: request.summary,
    description: request.description,
    requester: { accountId: request.requesterAccountId },
    ...(request.linkedPullRequest === undefined ? {} : { linkedPullRequest: request.linkedPullRequest }),
  });
}
