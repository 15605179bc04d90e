import type { ChangeRequest } from '../domain/change-request';
import { formatDisplayTime } from '../domain/decision-record';
import type { Policy } from '../domain/policy';
import type { EvidenceView } from '../shared/view-models';
import type { IssueSnapshot } from './ports/jira-port';

export function evidenceView(issue: IssueSnapshot, cr: ChangeRequest | null, policy: Policy): EvidenceView {
  const requester = issue.reporter;
  if (cr === null) {
    return {
      summary: issue.summary,
      changeType: null,
      risk: null,
      systems: [],
      plannedWindow: null,
      tested: null,
      evidenceUrl: null,
      notTestedReason: null,
      rollbackPlan: null,
      consequenceOfNotReleasing: null,
      pullRequest: null,
      requester,
    };
  }
  const window = cr.plannedWindow;
  return {
    summary: cr.summary,
    changeType: cr.changeType,
    risk: cr.risk,
    systems: cr.affectedSystems.map((key) => ({
      key,
      name: policy.systems.find((system) => system.key === key)?.name ?? key,
    })),
    plannedWindow: {
      start: window.start,
      end: window.end,
      timeZone: window.timeZone,
      display: `${formatDisplayTime(window.start, window.timeZone)} – ${formatDisplayTime(window.end, window.timeZone)}`,
    },
    tested: cr.testing.tested,
    evidenceUrl: cr.testing.tested ? cr.testing.evidenceUrl : null,
    notTestedReason: cr.testing.tested ? null : cr.testing.reason,
    rollbackPlan: cr.rollbackPlan,
    consequenceOfNotReleasing: cr.consequenceOfNotReleasing,
    pullRequest: cr.linkedPullRequest
      ? {
          url: cr.linkedPullRequest.url,
          label: `${cr.linkedPullRequest.repository}#${String(cr.linkedPullRequest.number)}`,
        }
      : null,
    requester,
  };
}
