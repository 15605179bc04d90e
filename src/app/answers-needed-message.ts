import type { AnswerProblem } from '../domain/change-request';
import type { Notification } from './ports/jira-port';

const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The email a requester gets when their change request waits for answers: exactly what and why. */
export function answersNeededEmail(
  issue: { key: string; summary: string },
  requesterAccountId: string,
  problems: readonly AnswerProblem[],
  link: string,
): Notification {
  const items = problems.map((problem) => `${problem.label}: ${problem.message}`);
  const intro = `${issue.key} "${issue.summary}" is waiting for your answers before Async CAB can send it to its approvers.`;
  const outro = `Answer them on the request (${link}); it goes to the approvers as soon as every answer is in.`;
  return {
    subject: `${issue.key}: answers needed before approval`,
    textBody: [intro, ...items.map((item) => `- ${item}`), outro].join('\n'),
    htmlBody: `<p>${escape(intro)}</p><ul>${items.map((item) => `<li>${escape(item)}</li>`).join('')}</ul><p>Answer them on <a href="${escape(link)}">the request</a>; it goes to the approvers as soon as every answer is in.</p>`,
    groupIds: [],
    accountIds: [requesterAccountId],
  };
}
