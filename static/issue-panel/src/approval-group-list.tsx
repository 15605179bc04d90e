/** One row per approver group: how far it is ("1 of 2 approvals"), who answered, and who is still asked. */
import type { ApprovalGroupView } from '@async-cab/shared/client';
import { namesOf } from './panel-labels';

export function ApprovalGroupList(props: { groups: readonly ApprovalGroupView[]; decided: boolean }) {
  if (props.groups.length === 0) {
    return (
      <section className="cab-section" aria-labelledby="cab-groups-title">
        <h4 id="cab-groups-title">Approvals</h4>
        <p className="ak-subtle" data-testid="no-groups">
          No approver group is asked to approve this change.
        </p>
      </section>
    );
  }
  return (
    <section className="cab-section" aria-labelledby="cab-groups-title">
      <h4 id="cab-groups-title">Approvals</h4>
      <ul className="cab-groups">
        {props.groups.map((group) => (
          <GroupRow key={group.groupId} group={group} decided={props.decided} />
        ))}
      </ul>
    </section>
  );
}

function GroupRow(props: { group: ApprovalGroupView; decided: boolean }) {
  const { group } = props;
  // Once a group has its approvals, or the change is decided, nobody is waited for any more.
  const waitingFor = group.satisfied || props.decided ? '' : namesOf(group.pending);
  return (
    <li className="cab-group" data-testid="approval-group" data-group-id={group.groupId}>
      <div className="cab-group__head">
        <span
          className={group.satisfied ? 'cab-tick cab-tick--done' : 'cab-tick'}
          role="img"
          aria-label={group.satisfied ? 'Enough approvals' : 'Needs more approvals'}
        >
          {group.satisfied ? '✓' : ''}
        </span>
        <strong className="cab-group__name">{group.name}</strong>
        <span className="ak-subtle" data-testid="group-label">
          {group.label}
        </span>
      </div>
      <dl className="cab-people">
        <People label="Approved" people={namesOf(group.approvedBy)} testId="group-approved" />
        <People label="Declined" people={namesOf(group.declinedBy)} testId="group-declined" />
        <People label="Waiting for" people={waitingFor} testId="group-pending" />
      </dl>
      {group.unreachable === null ? null : (
        <p className="cab-warning-text" data-testid="group-unreachable">
          <span aria-hidden="true">⚠ </span>
          {group.unreachable}
        </p>
      )}
    </li>
  );
}

function People(props: { label: string; people: string; testId: string }) {
  if (props.people === '') return null;
  return (
    <div className="cab-people__row" data-testid={props.testId}>
      <dt>{props.label}</dt>
      <dd>{props.people}</dd>
    </div>
  );
}
