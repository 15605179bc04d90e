/**
 * The approval panel's state for one request: first load, silent refreshes (every 30 s while the decision is
 * pending, when the window regains focus, and when the page asks after submitting answers), and replacing
 * it with the view answerApproval returns. A failed refresh keeps what is on screen and says it may be
 * stale, rather than blanking the panel. When the request's status changes, the page is brought in step.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApprovalPanelView, ResolverError, ResolverResult } from '@async-cab/shared/client';
import { usePageInStep } from '../../ui-kit/page-in-step';

/** Approvals arrive from other people at any time; 30 s keeps the page fresh without hammering Jira. */
export const REFRESH_INTERVAL_MS = 30_000;

export type PanelState =
  | { state: 'loading' }
  | { state: 'failed'; error: ResolverError }
  | { state: 'ready'; view: ApprovalPanelView; refreshError: ResolverError | null; refreshing: boolean };

export function useApprovalPanel(load: () => Promise<ResolverResult<ApprovalPanelView>>): {
  panel: PanelState;
  reload: () => void;
  refresh: () => void;
  replace: (view: ApprovalPanelView) => void;
} {
  const [panel, setPanel] = useState<PanelState>({ state: 'loading' });
  // Every load and every `replace` takes a ticket; a reply that arrives after a newer one was asked for is
  // dropped, so a refresh started before an answer or a submit can never show the older state.
  const ticket = useRef(0);

  const fetchPanel = useCallback(
    async (silent: boolean) => {
      const mine = ++ticket.current;
      if (silent)
        setPanel((previous) => (previous.state === 'ready' ? { ...previous, refreshing: true } : previous));
      else setPanel({ state: 'loading' });
      const result = await load().catch((error: unknown): ResolverResult<ApprovalPanelView> => ({
        ok: false,
        error: { code: 'INTERNAL', message: String(error) },
      }));
      if (mine !== ticket.current) return;
      setPanel((previous) => {
        if (result.ok) return { state: 'ready', view: result.value, refreshError: null, refreshing: false };
        if (silent && previous.state === 'ready')
          return { ...previous, refreshError: result.error, refreshing: false };
        return { state: 'failed', error: result.error };
      });
    },
    [load],
  );

  useEffect(() => {
    void fetchPanel(false);
    return () => {
      // Unmounted: no reply may set state any more.
      ticket.current += 1;
    };
  }, [fetchPanel]);

  // The portal page shows the request's status too: a change brings the page in step (page-in-step.ts).
  usePageInStep(panel.state === 'ready' ? panel.view.status : null);

  const pending = panel.state === 'ready' && panel.view.decision === 'pending';
  useEffect(() => {
    if (!pending) return undefined;
    const timer = window.setInterval(() => {
      void fetchPanel(true);
    }, REFRESH_INTERVAL_MS);
    const onFocus = () => {
      void fetchPanel(true);
    };
    window.addEventListener('focus', onFocus);
    return () => {
      window.clearInterval(timer);
      window.removeEventListener('focus', onFocus);
    };
  }, [pending, fetchPanel]);

  const reload = useCallback(() => {
    void fetchPanel(false);
  }, [fetchPanel]);
  const refresh = useCallback(() => {
    void fetchPanel(true);
  }, [fetchPanel]);
  const replace = useCallback((view: ApprovalPanelView) => {
    ticket.current += 1;
    setPanel({ state: 'ready', view, refreshError: null, refreshing: false });
  }, []);
  return { panel, reload, refresh, replace };
}
