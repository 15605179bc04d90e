import { answerOfFieldValue, validateFieldValue, type ChangeRequest } from '../domain/change-request';
import type { CabAnswerFieldKey } from '../shared/cab-fields';
import { linkedPullRequestView } from './answers/linked-pull-request-view';
import { formatDisplayWindow } from '../domain/decision-record';
import type { Policy } from '../domain/policy';
import type { EvidenceView } from '../shared/view-models';
import type { IssueSnapshot } from './ports/jira-port';

export function evidenceView(issue: IssueSnapshot, cr: ChangeRequest | null, policy: Policy): EvidenceView {
  const requester = issue.reporter;
  if (cr === null) return answeredSoFar(issue, policy);
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
      display: formatDisplayWindow(window.start, window.end, window.timeZone),
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

/**
 * A change request not routed yet (a draft, or waiting for answers): the answers its fields hold so far, each
 * only when it passes its field's rules, so the panel shows what the issue's fields show.
 */
function answeredSoFar(issue: IssueSnapshot, policy: Policy): EvidenceView {
  const known = policy.systems.map((system) => system.key);
  const answer = (field: CabAnswerFieldKey): unknown => {
    const value = issue.cabFields[field];
    return value !== undefined && validateFieldValue(field, value, known).ok
      ? answerOfFieldValue(field, value)
      : undefined;
  };
  const systems = answer('affectedSystems');
  const changeType = answer('changeType');
  const risk = answer('risk');
  const window = plannedWindowOf(answer('changeWindow'));
  const testing = testingOf(answer('testEvidence'));
  const text = (value: unknown) => (typeof value === 'string' ? value : null);
  return {
    summary: issue.summary,
    changeType:
      changeType === 'standard' || changeType === 'normal' || changeType === 'emergency' ? changeType : null,
    risk: text(risk),
    systems: Array.isArray(systems)
      ? systems
          .filter((key): key is string => typeof key === 'string')
          .map((key) => ({
            key,
            name: policy.systems.find((system) => system.key === key)?.name ?? key,
          }))
      : [],
    plannedWindow:
      window === null
        ? null
        : {
            ...window,
            display: formatDisplayWindow(window.start, window.end, window.timeZone),
          },
    tested: testing?.tested ?? null,
    evidenceUrl: testing?.tested === true ? testing.evidenceUrl : null,
    notTestedReason: testing?.tested === false ? testing.reason : null,
    rollbackPlan: text(answer('rollbackPlan')),
    consequenceOfNotReleasing: text(answer('consequence')),
    pullRequest: linkedPullRequestView(issue.cabFields.linkedPullRequest),
    requester: issue.reporter,
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function plannedWindowOf(value: unknown): { start: string; end: string; timeZone: string } | null {
  if (!isRecord(value)) return null;
  const { start, end, timeZone } = value;
  return typeof start === 'string' && typeof end === 'string' && typeof timeZone === 'string'
    ? { start, end, timeZone }
    : null;
}

function testingOf(
  value: unknown,
): { tested: true; evidenceUrl: string } | { tested: false; reason: string } | null {
  if (!isRecord(value)) return null;
  if (value.tested === true && typeof value.evidenceUrl === 'string')
    return { tested: true, evidenceUrl: value.evidenceUrl };
  if (value.tested === false && typeof value.reason === 'string')
    return { tested: false, reason: value.reason };
  return null;
}
