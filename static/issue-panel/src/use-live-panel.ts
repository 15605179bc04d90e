/**
 * Loads the approval panel and keeps it fresh without flashing a spinner: the first load shows loading,
 * later refreshes keep the current view until the new one arrives. Approvals are also answered in JSM's own
 * buttons and by other approvers, and JSM sends no event for a decision (docs/architecture.md), so the panel
 * re-reads when Jira says the issue changed, on window focus and every 30 s while the change is pending.
 * When the issue's status changes, the issue view around the panel is brought in step (page-in-step.ts).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApprovalPanelView, ResolverError } from '@async-cab/shared/client';
import { contract } from '../../ui-kit/contract';
import { useIssueChanged, usePageInStep } from '../../ui-kit/page-in-step';

export const PENDING_REFRESH_MS = 30_000;

export type LivePanel =
  | { state: 'loading' }
  | { state: 'failed'; error: ResolverError }
  | { state: 'ready'; panel: ApprovalPanelView; refreshError: ResolverError | null };

export interface LivePanelControls {
  live: LivePanel;
  /** Re-reads the panel; `visibly` shows loading first (the "Try again" button). */
  reload: (options?: { visibly?: boolean }) => void;
  /** Shows a panel the app already has (answerApproval returns the new state). */
  show: (panel: ApprovalPanelView) => void;
}

export function useLivePanel(issueKey: string): LivePanelControls {
  const [live, setLive] = useState<LivePanel>({ state: 'loading' });
  // Every load and every `show` takes a ticket; an answer that arrives after a newer one is dropped, so a
  // slow refresh can never overwrite the state answerApproval just returned.
  const ticket = useRef(0);

  const reload = useCallback(
    (options: { visibly?: boolean } = {}) => {
      const mine = ++ticket.current;
      if (options.visibly === true) setLive({ state: 'loading' });
      contract.getApprovalPanel({ issueKey }).then(
        (answer) => {
          if (mine !== ticket.current) return;
          setLive((previous) => {
            if (answer.ok) return { state: 'ready', panel: answer.value, refreshError: null };
            // A failed background refresh keeps what the person is reading and says it may be stale.
            if (previous.state === 'ready') return { ...previous, refreshError: answer.error };
            return { state: 'failed', error: answer.error };
          });
        },
        (error: unknown) => {
          if (mine !== ticket.current) return;
          setLive({ state: 'failed', error: { code: 'INTERNAL', message: String(error) } });
        },
      );
    },
    [issueKey],
  );

  const show = useCallback((panel: ApprovalPanelView) => {
    ticket.current += 1;
    setLive({ state: 'ready', panel, refreshError: null });
  }, []);

  useEffect(() => {
    reload({ visibly: true });
  }, [reload]);

  useIssueChanged(() => {
    reload();
  });
  usePageInStep(live.state === 'ready' ? live.panel.status : null);

  const pending = live.state === 'ready' && live.panel.decision === 'pending';
  useEffect(() => {
    // Focus reaches the iframe only when it had focus; visibility covers returning to the browser tab.
    const onFocus = () => {
      reload();
    };
    const onVisible = () => {
      if (document.visibilityState === 'visible') reload();
    };
    window.addEventListener('focus', onFocus);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      window.removeEventListener('focus', onFocus);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [reload]);
  useEffect(() => {
    if (!pending) return undefined;
    const timer = window.setInterval(() => {
      // A hidden tab does not need fresh state; focus brings it up to date when the person returns.
      if (document.visibilityState === 'visible') reload();
    }, PENDING_REFRESH_MS);
    return () => {
      window.clearInterval(timer);
    };
  }, [pending, reload]);

  return { live, reload, show };
}
