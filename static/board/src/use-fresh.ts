/**
 * Loads a resolver answer and keeps it fresh: again when the window gets focus or the tab becomes visible,
 * every minute while open, and on demand (the Refresh button). Later loads keep what is shown until the new
 * answer arrives, and an answer older than a newer request is dropped, so a slow read never wins.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ResolverError, ResolverResult } from '@async-cab/shared/client';

export const REFRESH_EVERY_MS = 60_000;

export type Fresh<T> =
  | { state: 'loading' }
  | { state: 'failed'; error: ResolverError }
  | { state: 'ready'; value: T; refreshing: boolean; refreshError: ResolverError | null };

export function useFresh<T>(
  load: () => Promise<ResolverResult<T>>,
  deps: readonly unknown[],
): [Fresh<T>, () => void] {
  const [fresh, setFresh] = useState<Fresh<T>>({ state: 'loading' });
  const ticket = useRef(0);
  const latestLoad = useRef(load);
  latestLoad.current = load;

  const reload = useCallback(() => {
    const mine = ++ticket.current;
    setFresh((previous) =>
      previous.state === 'ready' ? { ...previous, refreshing: true } : { state: 'loading' },
    );
    latestLoad.current().then(
      (answer) => {
        if (mine !== ticket.current) return;
        setFresh((previous) => {
          if (answer.ok)
            return { state: 'ready', value: answer.value, refreshing: false, refreshError: null };
          // A failed refresh keeps what the person is reading, and says it may be out of date.
          if (previous.state === 'ready')
            return { ...previous, refreshing: false, refreshError: answer.error };
          return { state: 'failed', error: answer.error };
        });
      },
      (error: unknown) => {
        if (mine === ticket.current)
          setFresh({ state: 'failed', error: { code: 'INTERNAL', message: String(error) } });
      },
    );
  }, []);

  useEffect(() => {
    reload();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- callers pass the dependencies of `load`
  }, [reload, ...deps]);

  useEffect(() => {
    const onFocus = () => {
      reload();
    };
    const onVisible = () => {
      if (document.visibilityState === 'visible') reload();
    };
    window.addEventListener('focus', onFocus);
    document.addEventListener('visibilitychange', onVisible);
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'visible') reload();
    }, REFRESH_EVERY_MS);
    return () => {
      window.removeEventListener('focus', onFocus);
      document.removeEventListener('visibilitychange', onVisible);
      window.clearInterval(timer);
    };
  }, [reload]);

  return [fresh, reload];
}
