/**
 * Calls one resolver through the typed contract and tracks loading / value / error, so every UI shows the
 * same states. Errors carry the resolver's stable code and a message that is safe to show.
 */
import { useCallback, useEffect, useState } from 'react';
import type { ResolverError, ResolverResult } from '@async-cab/shared/client';

export type Loadable<T> =
  { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed'; error: ResolverError };

export function useResolver<T>(
  load: () => Promise<ResolverResult<T>>,
  deps: readonly unknown[],
): [Loadable<T>, () => void] {
  const [result, setResult] = useState<Loadable<T>>({ state: 'loading' });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    setResult({ state: 'loading' });
    load()
      .then((answer) => {
        if (!live) return;
        setResult(
          answer.ok ? { state: 'ready', value: answer.value } : { state: 'failed', error: answer.error },
        );
      })
      .catch((error: unknown) => {
        if (live) setResult({ state: 'failed', error: { code: 'INTERNAL', message: String(error) } });
      });
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- callers pass the dependencies of `load`
  }, [...deps, round]);
  const reload = useCallback(() => {
    setRound((value) => value + 1);
  }, []);
  return [result, reload];
}
