/**
 * The dashboard gadget: how many change requests wait for the viewer (the first five, one click each to
 * the issue), how many are overdue across the team, and the way to the Async CAB page.
 */
import type { BoardGadgetView } from '@async-cab/shared/client';
import { Button, LoadFailure, Spinner } from '../../ui-kit/components';
import { contract } from '../../ui-kit/contract';
import type { Viewer } from '../../ui-kit/format-zoned-time';
import { ChangeLink, readAtText } from './change-parts';
import { openBoardPage } from './open-issue';
import { useFresh } from './use-fresh';

function Counts(props: { gadget: BoardGadgetView }) {
  const { gadget } = props;
  return (
    <div className="gadget-counts">
      <div className="gadget-count" data-testid="gadget-waiting-count">
        <span className="gadget-count__number">{gadget.waitingCount}</span>
        <span className="ak-subtle">waiting for you</span>
      </div>
      <div
        className={gadget.overdueCount > 0 ? 'gadget-count gadget-count--overdue' : 'gadget-count'}
        data-testid="gadget-overdue-count"
        title={`JQL: ${gadget.overdueJql}`}
      >
        <span className="gadget-count__number">{gadget.overdueCount}</span>
        <span className="ak-subtle">overdue in the team</span>
      </div>
    </div>
  );
}

export function GadgetView(props: { viewer: Viewer }) {
  const [fresh, reload] = useFresh(() => contract.getBoardGadget({}), []);
  if (fresh.state === 'loading') return <Spinner label="Loading…" />;
  if (fresh.state === 'failed') {
    return (
      <LoadFailure title="Async CAB could not load" onRetry={reload} testId="load-failure">
        <p>{fresh.error.message}</p>
      </LoadFailure>
    );
  }
  const gadget = fresh.value;
  const more = gadget.waitingCount - gadget.waiting.length;
  return (
    <div className="gadget" data-testid="board-gadget">
      <Counts gadget={gadget} />
      {gadget.waiting.length === 0 ? (
        <p className="ak-subtle" data-testid="gadget-nothing">
          Nothing is waiting for your approval.
        </p>
      ) : (
        <ul className="gadget-list">
          {gadget.waiting.map((item) => (
            <li key={item.issueKey} className="gadget-item" data-testid="gadget-item">
              <ChangeLink change={item} />
              <span
                className={
                  item.deadline?.overdue === true
                    ? 'gadget-item__due gadget-item__due--overdue'
                    : 'gadget-item__due'
                }
              >
                {item.ask === 'object' ? 'Objection window open' : (item.deadline?.label ?? '')}
              </span>
            </li>
          ))}
        </ul>
      )}
      <div className="gadget-footer">
        <Button appearance="primary" testId="open-board" onClick={openBoardPage}>
          {more > 0 ? `Open Async CAB (${String(more)} more)` : 'Open Async CAB'}
        </Button>
        <span className="ak-subtlest">
          {fresh.refreshing ? 'Refreshing…' : readAtText(gadget.readAt, props.viewer, new Date())}
        </span>
      </div>
    </div>
  );
}
