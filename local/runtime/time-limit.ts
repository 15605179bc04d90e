import { ForgeInvocationError } from './forge-invocation-error';

/**
 * Runs `work` with Forge's runtime limit (docs/platform-assumptions.md: 25 s resolvers and product triggers, 55 s
 * webtriggers, consumers/scheduled 55 s or `timeoutSeconds` up to 900 s). Past the limit the caller gets
 * FUNCTION_TIME_OUT while the handler keeps running in the background, as on Forge ("timers may keep
 * running after return"). `scale` shrinks real waiting in tests (0.001 turns 25 s into 25 ms).
 */
export async function withTimeLimit<T>(
  work: Promise<T>,
  limitSeconds: number,
  scale: number,
  what: string,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () => {
        reject(
          new ForgeInvocationError(
            'FUNCTION_TIME_OUT',
            `${what} timed out after ${limitSeconds} s (Forge limit).`,
          ),
        );
      },
      limitSeconds * 1000 * scale,
    );
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
    // The abandoned handler may still fail later; that must not surface as an unhandled rejection.
    work.catch(() => undefined);
  }
}
