/** "All open changes" as a table: the change, its status and flags, the groups' approvals, the deadline. */
import type { BoardChangeView } from '@async-cab/shared/client';
import type { Viewer } from '../../ui-kit/format-zoned-time';
import { ChangeFacts, ChangeLink, DeadlineText, Flags, StateLozenge } from './change-parts';

function Approvals(props: { change: BoardChangeView }) {
  const { change } = props;
  if (change.groupsLabel === null) return <span className="ak-subtlest">Not routed yet</span>;
  const pending = change.groups.filter((group) => !group.satisfied).map((group) => group.name);
  return (
    <span className="board-approvals">
      <span>{change.groupsLabel}</span>
      {pending.length === 0 ? null : <span className="ak-subtlest">Pending: {pending.join(', ')}</span>}
    </span>
  );
}

export function OpenChangesTable(props: { rows: readonly BoardChangeView[]; viewer: Viewer; now: Date }) {
  return (
    <div className="board-table-wrap">
      <table className="board-table" data-testid="open-changes">
        <thead>
          <tr>
            <th scope="col">Change</th>
            <th scope="col">Status</th>
            <th scope="col">Approvals</th>
            <th scope="col">Deadline</th>
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <tr key={row.issueKey} data-testid="open-change" data-issue-key={row.issueKey}>
              <td>
                <div className="board-table__change">
                  <ChangeLink change={row} />
                  <ChangeFacts change={row} />
                  {row.note === null ? null : <span className="ak-subtlest board-note">{row.note}</span>}
                </div>
              </td>
              <td>
                <span className="board-status">
                  <StateLozenge change={row} />
                  <Flags flags={row.flags} />
                  {row.raisedByViewer ? (
                    <span className="ak-subtlest">You raised it</span>
                  ) : row.raisedBy === null ? null : (
                    <span className="ak-subtlest" data-testid="raised-by">{`Raised by ${row.raisedBy}`}</span>
                  )}
                </span>
              </td>
              <td>
                <Approvals change={row} />
              </td>
              <td>
                <DeadlineText deadline={row.deadline} viewer={props.viewer} now={props.now} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
