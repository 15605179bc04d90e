/**
 * The JQL that finds the same change requests as the board's filters, where Jira can tell them apart: the
 * approval statuses (src/app/approval-statuses.ts) and the overdue flag the app keeps in the indexed issue
 * property `async-cab` (manifest.yml `cab-deadline-property`; README, "Response clocks"), with the CAB
 * fields and JSM's Approver groups by name. Waiting for answers and needing attention share one Jira status,
 * and break-glass and stale approvals are the app's own records, so those have no JQL.
 */
import type { Policy } from '../../domain/policy';
import type { OpenChangesFilters } from '../../shared/board-view-models';
import { APPROVAL_STATUSES } from '../approval-statuses';

/** The overdue flag is the string 'true': Forge indexes no boolean (src/app/sweeps/escalate-overdue.ts). */
export const OVERDUE_JQL = 'issue.property[async-cab].overdue = "true"';

/** A JQL string literal (double quotes; `"` and `\` escaped). */
const literal = (value: string): string => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

export interface BoardJql {
  jql: string | null;
  note: string;
}

export function openChangesJql(filters: OpenChangesFilters, policy: Policy): BoardJql {
  const status = filters.status;
  const statusClause =
    status === 'awaiting-approval'
      ? `status in (${APPROVAL_STATUSES.map(literal).join(', ')})`
      : status === 'overdue'
        ? OVERDUE_JQL
        : null;
  if (statusClause === null) {
    return {
      jql: null,
      note:
        status === undefined
          ? 'No one JQL finds this whole list: waiting for answers and needing attention share a Jira status, and break-glass and stale approvals are Async CAB\'s own records. Choose the status "Awaiting approval" or "Overdue" for a JQL.'
          : 'No JQL finds exactly these: Jira does not know this state, Async CAB keeps it on its ledger.',
    };
  }
  const clauses = [statusClause];
  if (filters.system !== undefined) clauses.push(`"Affected systems" = ${literal(filters.system)}`);
  if (filters.group !== undefined) {
    const name =
      policy.approverGroups.find((group) => group.groupId === filters.group)?.name ?? filters.group;
    clauses.push(`"Approver groups" = ${literal(name)}`);
  }
  if (filters.changeType !== undefined) clauses.push(`"Change type (CAB)" = ${literal(filters.changeType)}`);
  return {
    jql: `${clauses.join(' AND ')} ORDER BY created ASC`,
    note: "Finds the same change requests in Jira's issue search, as far as you may see them there.",
  };
}
