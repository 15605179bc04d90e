/**
 * The request's CAB answers (getAnswers): the first load, and a silent refresh after the requester submits,
 * which keeps what is on screen until the new state arrives (no spinner, no jump).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { AnswersView, ResolverError, ResolverResult } from '@async-cab/shared/client';
import { contract } from '../../ui-kit/contract';
import { loadRequestKey } from './extension-context';

export type AnswersState =
  { state: 'loading' } | { state: 'failed'; error: ResolverError } | { state: 'ready'; view: AnswersView };

async function loadAnswers(): Promise<ResolverResult<AnswersView>> {
  const issueKey = await loadRequestKey();
  if (issueKey === null) {
    return {
      ok: false,
      error: { code: 'NOT_FOUND', message: 'This page did not say which request it shows. Reload the page.' },
    };
  }
  return contract.getAnswers({ issueKey });
}

export function useAnswers(): { answers: AnswersState; reload: () => void; refresh: () => void } {
  const [answers, setAnswers] = useState<AnswersState>({ state: 'loading' });
  // Each load takes a ticket; a reply that arrives after a newer request was made is dropped.
  const ticket = useRef(0);

  const fetchAnswers = useCallback((silent: boolean) => {
    const mine = ++ticket.current;
    if (!silent) setAnswers({ state: 'loading' });
    const settle = (result: ResolverResult<AnswersView>) => {
      if (mine !== ticket.current) return;
      setAnswers((previous) => {
        if (result.ok) return { state: 'ready', view: result.value };
        // A failed refresh keeps what the person is reading; the approval status says if it is stale.
        if (silent && previous.state === 'ready') return previous;
        return { state: 'failed', error: result.error };
      });
    };
    void loadAnswers().then(settle, (error: unknown) => {
      settle({ ok: false, error: { code: 'INTERNAL', message: String(error) } });
    });
  }, []);

  useEffect(() => {
    fetchAnswers(false);
    return () => {
      // Unmounted: no reply may set state any more.
      ticket.current += 1;
    };
  }, [fetchAnswers]);

  const reload = useCallback(() => {
    fetchAnswers(false);
  }, [fetchAnswers]);
  const refresh = useCallback(() => {
    fetchAnswers(true);
  }, [fetchAnswers]);
  return { answers, reload, refresh };
}
