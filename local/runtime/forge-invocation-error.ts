/**
 * How a local invocation fails where Forge would fail it. `code` is stable for callers (the bridge host
 * maps it to what `invoke` rejects with); the message says which limit or rule was hit.
 */
export type ForgeInvocationErrorCode =
  | 'FUNCTION_TIME_OUT'
  | 'FUNCTION_ERR'
  | 'PAYLOAD_TOO_LARGE'
  | 'RESPONSE_TOO_LARGE'
  | 'MODULE_NOT_FOUND'
  | 'INVALID_HANDLER';

export class ForgeInvocationError extends Error {
  override readonly name = 'ForgeInvocationError';

  constructor(
    readonly code: ForgeInvocationErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
