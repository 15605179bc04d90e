/** Who is asked, per approver group: n of m approvals, who approved or declined, who is still pending. */
import type { ApprovalGroupView } from '@async-cab/shared/client';
import { Lozenge } from '../../ui-kit/components';
import { describeGroup } from './describe-group';

function groupLozenge(group: ApprovalGroupView) {
  if (group.declinedBy.length > 0) return <Lozenge appearance="removed">Declined</Lozenge>;
  if (group.satisfied) return <Lozenge appearance="success">Done</Lozenge>;
  return <Lozenge appearance="inprogress">Waiting</Lozenge>;
}

export function ApproverGroups(props: { groups: ApprovalGroupView[] }) {
  if (props.groups.length === 0) {
    return (
      <section className="rs-section" aria-labelledby="rs-approvers">
        <h3 id="rs-approvers">Approvers</h3>
        <p className="ak-subtle rs-note" data-testid="approver-groups">
          No approver groups are assigned yet.
        </p>
      </section>
    );
  }
  return (
    <section className="rs-section" aria-labelledby="rs-approvers">
      <h3 id="rs-approvers">Approvers</h3>
      <ul className="rs-groups" data-testid="approver-groups">
        {props.groups.map((group) => (
          <li key={group.groupId} className="rs-group" data-testid={`group-${group.name}`}>
            <div className="rs-group__line">
              {groupLozenge(group)}
              <span>{describeGroup(group)}</span>
            </div>
            {group.unreachable === null ? null : <p className="rs-warning rs-note">{group.unreachable}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}
