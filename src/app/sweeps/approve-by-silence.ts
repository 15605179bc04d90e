/**
 * Silence is consent (docs/architecture.md, flow 6): when routing allowed it (never emergency or high
 * risk, src/domain/routing/silence-is-consent.ts) and its objection window has closed with no decline and
 * no objection, the app approves through the policy's transition (JSM's approval can only be answered by
 * an approver, so the app moves the issue to "Approved" itself; README, "Silence is consent") and publishes
 * an 'approved-by-silence' decision record: "approved by silence after X; N approvers notified at T1..Tn;
 * 0 objections". The one publisher (lifecycle/publish-decision.ts) makes sure only one record is ever written.
 */
import type { ApprovalState } from '../../domain/approval';
import { buildDecisionRecord, formatDisplayTime } from '../../domain/decision-record';
import { chatLink, chatText } from '../chat-text';
import { publishDecision, type ComposedDecision } from '../lifecycle/publish-decision';
import { recordLinks } from '../lifecycle/record-parts';
import { recordContextInWords } from '../record-context-in-words';
import type { LedgerEntry } from '../ports/store-ports';
import type { SweepState } from '../ports/sweep-ports';
import type { SweepDeps } from './sweep-deps';

export const APPROVED_STATUS = 'Approved';

export type SilenceOutcome = 'approved-by-silence' | 'not-eligible' | 'not-yet' | 'objected' | 'busy';

export async function approveBySilenceIfDue(
  deps: SweepDeps,
  entry: LedgerEntry,
  state: ApprovalState,
  sweepState: SweepState,
  now: Date,
): Promise<SilenceOutcome> {
  const silence = entry.routing?.silenceIsConsent;
  if (silence == null) return 'not-eligible';
  if (Date.parse(silence.objectionDeadline) > now.getTime()) return 'not-yet';
  const declined = state.decision === 'declined' || state.groups.some((group) => group.declinedBy.length > 0);
  if (declined || (await deps.store.objections(entry.issueKey)).length > 0) return 'objected';
  const published = await publishDecision(deps.app, entry.issueKey, {
    outcome: 'approved',
    by: 'silence',
    moveIssue: (latest) => moveToApproved(deps, latest.issueKey),
    compose: (latest, decidedAt) => composeSilenceRecord(deps, latest, state, sweepState, decidedAt, silence),
  });
  return published.outcome === 'published' ? 'approved-by-silence' : 'busy';
}

async function moveToApproved(deps: SweepDeps, issueKey: string): Promise<void> {
  const issue = await deps.app.jira.getIssue(issueKey);
  if (issue === null) throw new Error(`${issueKey} disappeared before it could be approved by silence.`);
  const moved = await deps.app.jira.transitionTo(issue, APPROVED_STATUS);
  if (moved === 'unavailable') {
    throw new Error(
      `${issueKey} cannot move from "${issue.status.name}" to "${APPROVED_STATUS}": the workflow needs an app-usable transition for silence as consent (see the README).`,
    );
  }
}

async function composeSilenceRecord(
  deps: SweepDeps,
  entry: LedgerEntry,
  state: ApprovalState,
  sweepState: SweepState,
  now: Date,
  silence: { objectionDeadline: string; announcedAt: string },
): Promise<ComposedDecision> {
  const cr = entry.changeRequest;
  const routing = entry.routing;
  if (cr === null || routing === null) throw new Error(`${entry.issueKey} is not routed.`);
  const notified = notifiedPeople(entry, state, sweepState);
  const zone = routing.groups[0]?.timeZone ?? 'UTC';
  const window = await objectionWindowText(deps, cr.changeType, silence, zone);
  const notifiedAt = [...new Set(notified.map((n) => n.at))].map((at) => formatDisplayTime(at, zone));
  const line = `Approved by silence after ${window}; ${String(new Set(notified.map((n) => n.name)).size)} approvers notified on ${notifiedAt.join(', ')}; 0 objections.`;
  const context = await recordContextInWords(deps.app.policies, cr, routing);
  const built = buildDecisionRecord({
    issueKey: entry.issueKey,
    decision: 'approved-by-silence',
    decidedAt: now.toISOString(),
    timeZone: routing.groups[0]?.timeZone ?? 'UTC',
    approvers: state.groups.flatMap((group) => [
      ...group.approvedBy.map((person) => approver(person, group.name, 'approved')),
      ...group.pending.map((person) => approver(person, group.name, 'pending')),
    ]),
    conditions: [],
    dissent: [],
    context: { ...context, routingReasons: [line, ...context.routingReasons] },
    links: recordLinks(entry),
    silence: { objectionWindow: window, notified, objections: 0 },
  });
  if (!built.ok) {
    throw new Error(`The silence record for ${entry.issueKey} could not be built: ${built.message}`);
  }
  return {
    record: built.value,
    channel: {
      text: chatText`${entry.issueKey} was approved by silence: ${line} ${chatLink(entry.issueUrl)}`,
      urgent: false,
    },
  };
}

function approver(person: { displayName: string; accountId: string }, group: string, decision: string) {
  return { name: person.displayName, accountId: person.accountId, group, decision };
}

/** Everyone asked, when routing notified their group, then each reminder, oldest first. */
function notifiedPeople(entry: LedgerEntry, state: ApprovalState, sweepState: SweepState) {
  const routedAt = entry.notifiedAt ?? entry.routedAt;
  const asked = state.groups.flatMap((group) =>
    [...group.approvedBy, ...group.pending].map((person) => ({ name: person.displayName, at: routedAt })),
  );
  const unique = [...new Map(asked.map((person) => [person.name, person])).values()];
  const reminded = sweepState.reminders.map((reminder) => ({ name: reminder.displayName, at: reminder.at }));
  return [...unique, ...reminded].sort((a, b) => a.at.localeCompare(b.at));
}

/** "16 business hours (Fri 27 Nov 2026, 15:00 GMT to Tue 1 Dec 2026, 15:00 GMT)": the X of "after X". */
async function objectionWindowText(
  deps: SweepDeps,
  changeType: 'standard' | 'normal' | 'emergency',
  silence: { objectionDeadline: string; announcedAt: string },
  timeZone: string,
): Promise<string> {
  const range = `${formatDisplayTime(silence.announcedAt, timeZone)} to ${formatDisplayTime(silence.objectionDeadline, timeZone)}`;
  const { policy } = await deps.app.policies.get();
  const setting = changeType === 'emergency' ? undefined : policy.changeTypes[changeType].silenceIsConsent;
  return setting?.enabled === true
    ? `${String(setting.afterBusinessHours)} business hours (${range})`
    : range;
}
