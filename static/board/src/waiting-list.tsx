/** "Waiting for me": one card per change request the viewer is asked about, oldest deadline first. */
import type { WaitingItemView } from '@async-cab/shared/client';
import { formatInstant, type Viewer } from '../../ui-kit/format-zoned-time';
import { ChangeFacts, ChangeLink, DeadlineText, Flags } from './change-parts';

export function WaitingList(props: { items: readonly WaitingItemView[]; viewer: Viewer; now: Date }) {
  if (props.items.length === 0) {
    return (
      <div className="board-empty" data-testid="waiting-empty">
        <h3>Nothing is waiting for you</h3>
        <p className="ak-subtle">
          When a change request needs your approval, or you may object to one that silence would approve, it
          shows here with its deadline. Change requests you raised are under All open changes.
        </p>
      </div>
    );
  }
  return (
    <ul className="board-cards" data-testid="waiting-list">
      {props.items.map((item) => (
        <li
          key={item.issueKey}
          className="board-card"
          data-testid="waiting-item"
          data-issue-key={item.issueKey}
        >
          <div className="board-card__main">
            <ChangeLink change={item} />
            <span className="board-card__ask">{item.askLabel}</span>
            <span className="ak-row">
              <ChangeFacts change={item} />
              {item.raisedBy === null ? null : (
                <span className="ak-subtlest" data-testid="raised-by">{`Raised by ${item.raisedBy}`}</span>
              )}
              <Flags flags={item.flags} />
            </span>
          </div>
          <div className="board-card__due">
            {item.ask === 'object' && item.dueAt !== null ? (
              <span className="board-deadline" data-testid="deadline">
                <span className="board-deadline__left">Objection window open</span>
                <span className="ak-subtlest">
                  closes {formatInstant(item.dueAt, props.viewer, props.now)}
                </span>
              </span>
            ) : (
              <DeadlineText deadline={item.deadline} viewer={props.viewer} now={props.now} />
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
