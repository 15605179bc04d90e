/**
 * A change request that leaves its approval status for Approved or Implementing by a path neither JSM's
 * approval nor Async CAB took (someone fired a transition directly, where the workflow does not restrict
 * it to the app) is flagged, never taken as approved: the ledger and the panel say *unexplained approval*,
 * the change managers are told (internal comment, email, urgent chat line), and the linked pull request's
 * commit status stays pending. The app's own transitions never reach here (`ignoreSelf`), and a move JSM's
 * approval decided is the decision record's (record-decision.ts).
 */
import { heading, paragraph, text } from '../domain/decision-record';
import type { AppDeps } from './app-deps';
import { announceToPullRequest } from './announce-to-pull-request';
import { approvalStateFor } from './approval-state-for';
import { chatLink, chatText } from './chat-text';
import { transition } from '../domain/lifecycle';
import { lifecycleOf } from './lifecycle/lifecycle-of';

/** The statuses a change is allowed to reach only through an approval (README, "Prepare the JSM project"). */
export const APPROVED_STATUSES = ['Approved', 'Implementing'];

export async function noticeUnexplainedMove(
  deps: AppDeps,
  issueKey: string,
  move: { from: string; to: string; byAccountId: string | null },
): Promise<'flagged' | 'explained' | 'not-routed'> {
  const entry = await deps.ledger.get(issueKey);
  if (entry?.routing == null || entry.changeRequest === null) return 'not-routed';
  if (!transition(lifecycleOf(entry), { kind: 'unexplained-move' }, deps.clock.now()).ok) return 'explained';
  const state = await approvalStateFor(
    deps.jira,
    await deps.jira.getApprovals(issueKey),
    entry.routing,
    entry.changeRequest.requester.accountId,
  );
  if (state.decisionSource === 'jsm' && state.decision !== 'pending') return 'explained';
  const now = deps.clock.now().toISOString();
  const flagged = {
    ...entry,
    unexplained: { at: now, from: move.from, to: move.to, byAccountId: move.byAccountId },
  };
  await deps.ledger.put(flagged);
  const line = `${issueKey} was moved from "${move.from}" to "${move.to}" although its approvers have not approved it (JSM's approval is still ${state.decision}) and Async CAB did not approve it.`;
  await deps.jira.addInternalComment(issueKey, {
    type: 'doc',
    version: 1,
    content: [
      heading(3, 'Unexplained approval'),
      paragraph(text(line)),
      paragraph(
        text(
          'Async CAB does not count this as approved: a change manager should move it back or record why, and restrict the transition to the app in the workflow (see the setup check).',
        ),
      ),
    ],
  });
  const escalation = entry.routing.escalation;
  if (escalation.groupId !== '') {
    await deps.jira.notify(issueKey, {
      subject: `[UNEXPLAINED APPROVAL] ${issueKey} ${entry.changeRequest.summary}`,
      textBody: `${line}\nPlease look at it: ${entry.issueUrl}`,
      htmlBody: `<p>${escapeHtml(line)}</p><p>Please look at it: <a href="${escapeHtml(entry.issueUrl)}">${escapeHtml(issueKey)}</a></p>`,
      groupIds: [escalation.groupId],
      accountIds: [],
    });
  }
  await deps.chat.post({
    text: chatText`:warning: Unexplained approval: ${line} ${chatLink(entry.issueUrl)}`,
    urgent: true,
    issueKey,
  });
  await announceToPullRequest(deps, flagged);
  return 'flagged';
}

const escapeHtml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
