/** Payloads of the Async CAB page's resolver keys (resolver-contract.ts), checked before any handler runs. */
import { z } from 'zod';
import { systemKeySchema } from '../domain/shared/common-schemas';

export const BOARD_STATUS_FILTERS = [
  'awaiting-approval',
  'overdue',
  'break-glass',
  'stale-approval',
  'waiting-for-answers',
  'needs-attention',
] as const;

/** Every filter is optional; an empty one means "any". Which systems and groups exist is the policy's. */
export const OpenChangesPayloadSchema = z
  .object({
    system: systemKeySchema.optional(),
    group: z
      .string()
      .trim()
      .min(1, 'Choose an approver group, or leave the filter empty.')
      .max(255, 'A Jira group id is shorter than 255 characters.')
      .optional(),
    changeType: z
      .enum(['standard', 'normal', 'emergency'], { error: 'Choose standard, normal or emergency.' })
      .optional(),
    status: z
      .enum(BOARD_STATUS_FILTERS, { error: `Choose one of: ${BOARD_STATUS_FILTERS.join(', ')}.` })
      .optional(),
  })
  .strict();
