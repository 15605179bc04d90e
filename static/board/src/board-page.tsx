/**
 * The Async CAB page: "Waiting for me" and "All open changes", both read when the page opens (their counts
 * are on the tabs) and again on focus, every minute and on Refresh, so nothing shown is stale for long.
 */
import { useState, type ReactNode } from 'react';
import type { OpenChangesFilters, ResolverError } from '@async-cab/shared/client';
import { Button, LoadFailure, SectionMessage, Spinner } from '../../ui-kit/components';
import { contract } from '../../ui-kit/contract';
import type { Viewer } from '../../ui-kit/format-zoned-time';
import { Tabs } from '../../ui-kit/tabs';
import { RulesTab } from './rules-tab';
import { CalendarTab } from './figures/calendar-tab';
import { FiguresTab } from './figures/figures-tab';
import { openIssue } from './open-issue';
import { readAtText } from './change-parts';
import { JqlBox } from './jql-box';
import { OpenChangesFilterBar } from './open-changes-filters';
import { OpenChangesTable } from './open-changes-table';
import { useFresh, type Fresh } from './use-fresh';
import { WaitingList } from './waiting-list';

type TabKey = 'waiting' | 'open' | 'figures' | 'calendar' | 'rules';

function StaleNotice(props: { error: ResolverError | null }) {
  if (props.error === null) return null;
  return (
    <SectionMessage appearance="warning" title="This may be out of date">
      {props.error.message}
    </SectionMessage>
  );
}

/** A tab's count once its list is loaded. */
function countOf<T>(fresh: Fresh<T>, count: (value: T) => number): { badge?: ReactNode } {
  return fresh.state === 'ready'
    ? { badge: <span className="board-tab__count">{count(fresh.value)}</span> }
    : {};
}

export function BoardPage(props: { viewer: Viewer }) {
  const [tab, setTab] = useState<TabKey>('waiting');
  const [filters, setFilters] = useState<OpenChangesFilters>({});
  const [waiting, reloadWaiting] = useFresh(() => contract.getWaitingForMe({}), []);
  const [open, reloadOpen] = useFresh(() => contract.getOpenChanges(filters), [JSON.stringify(filters)]);
  const shown = tab === 'waiting' ? waiting : open;
  const now = new Date();
  const refreshing = shown.state === 'ready' && shown.refreshing;

  return (
    <div className="board-page" data-testid="board-page">
      <div className="board-toolbar">
        <p className="ak-subtle board-toolbar__intro">
          What waits for your answer, and every change request still open, with its deadline in your time
          zone.
        </p>
        <span className="ak-row">
          <span className="ak-subtlest" data-testid="read-at" aria-live="polite">
            {refreshing
              ? 'Refreshing…'
              : shown.state === 'ready'
                ? readAtText(shown.value.readAt, props.viewer, now)
                : ''}
          </span>
          <Button
            testId="refresh"
            onClick={() => {
              reloadWaiting();
              reloadOpen();
            }}
          >
            Refresh
          </Button>
        </span>
      </div>
      <Tabs
        label="Async CAB"
        classPrefix="board"
        tabs={[
          { key: 'waiting', label: 'Waiting for me', ...countOf(waiting, (v) => v.count) },
          { key: 'open', label: 'All open changes', ...countOf(open, (v) => v.total) },
          { key: 'figures', label: 'Figures' },
          { key: 'calendar', label: 'Calendar' },
          { key: 'rules', label: 'Rules' },
        ]}
        active={tab}
        onSelect={setTab}
      >
        {tab === 'rules' ? (
          <RulesTab />
        ) : tab === 'figures' ? (
          <FiguresTab viewer={props.viewer} />
        ) : tab === 'calendar' ? (
          <CalendarTab viewer={props.viewer} onOpenIssue={openIssue} />
        ) : tab === 'waiting' ? (
          <Loaded fresh={waiting} what="what is waiting for you" onRetry={reloadWaiting}>
            {(value) => <WaitingList items={value.items} viewer={props.viewer} now={now} />}
          </Loaded>
        ) : (
          <Loaded fresh={open} what="the open change requests" onRetry={reloadOpen}>
            {(value) => (
              <div className="ak-stack">
                <OpenChangesFilterBar filters={filters} options={value.options} onChange={setFilters} />
                <JqlBox jql={value.jql} note={value.jqlNote} />
                {value.truncated ? (
                  <SectionMessage appearance="warning" title="Not every change request is shown">
                    There are more open change requests than one page reads; the ones with the nearest
                    deadlines are shown.
                  </SectionMessage>
                ) : null}
                <p className="ak-subtle" data-testid="open-count">
                  {value.items.length === value.total
                    ? `${String(value.total)} open change ${value.total === 1 ? 'request' : 'requests'}`
                    : `${String(value.items.length)} of ${String(value.total)} open change requests match the filters`}
                </p>
                {value.items.length === 0 ? (
                  <div className="board-empty" data-testid="open-empty">
                    <p className="ak-subtle">
                      {value.total === 0
                        ? 'No change request is open right now.'
                        : 'None match these filters.'}
                    </p>
                  </div>
                ) : (
                  <OpenChangesTable rows={value.items} viewer={props.viewer} now={now} />
                )}
              </div>
            )}
          </Loaded>
        )}
      </Tabs>
    </div>
  );
}

function Loaded<T>(props: {
  fresh: Fresh<T>;
  what: string;
  onRetry: () => void;
  children: (value: T) => ReactNode;
}) {
  const { fresh } = props;
  if (fresh.state === 'loading') return <Spinner label={`Loading ${props.what}…`} />;
  if (fresh.state === 'failed') {
    return (
      <LoadFailure
        title={`Async CAB could not load ${props.what}`}
        onRetry={props.onRetry}
        testId="load-failure"
      >
        <p>{fresh.error.message}</p>
      </LoadFailure>
    );
  }
  return (
    <>
      <StaleNotice error={fresh.refreshError} />
      {props.children(fresh.value)}
    </>
  );
}
