import { z } from 'zod';

/**
 * `new InvocationError(...)` from @forge/events returns its `toJSON()`: `{ _retry: true, retryOptions }`
 * (`@forge/events/out/invocationError.js`), which is what the platform recognises in a handler's result.
 */
const invocationErrorShape = z.object({
  _retry: z.literal(true),
  retryOptions: z.looseObject({
    retryAfter: z.number().optional(),
    retryReason: z.string().optional(),
    retryData: z.unknown().optional(),
  }),
});

export interface RetryRequest {
  retryAfterSeconds: number;
  retryReason: string;
  retryData: unknown;
}

// retryAfter is capped at 900 s and at least 1 s (product_events docs; MIN_RETRY_AFTER in @forge/events).
const MAX_RETRY_AFTER_SECONDS = 900;

export function asRetryRequest(result: unknown): RetryRequest | undefined {
  const parsed = invocationErrorShape.safeParse(result);
  if (!parsed.success) return undefined;
  const { retryAfter, retryReason, retryData } = parsed.data.retryOptions;
  return {
    retryAfterSeconds: Math.min(MAX_RETRY_AFTER_SECONDS, Math.max(1, retryAfter ?? 1)),
    retryReason: retryReason ?? 'FUNCTION_RETRY_REQUEST',
    retryData,
  };
}
