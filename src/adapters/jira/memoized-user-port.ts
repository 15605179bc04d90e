/**
 * JiraUserPort with the invocation's reads remembered for the one person it acts for (invocation-reads.ts):
 * their issue snapshot and approvals page are read once, and never served to the app or to anyone else.
 * Answering an approval forgets both for every reader: JSM changes the approval, and when the answer makes
 * it final JSM also moves the issue (docs/platform-assumptions.md).
 */
import type { JiraUserPort } from '../../app/ports/jira-port';
import { userReader, type InvocationReads } from './invocation-reads';

export function memoizeJiraUserPort(
  port: JiraUserPort,
  reads: InvocationReads,
  accountId: string,
): JiraUserPort {
  const reader = userReader(accountId);
  const forgetAnswered = (issueKey: string) => {
    reads.approvals.forget(issueKey);
    reads.issues.forget(issueKey);
  };
  // Whether the person is a Jira admin does not change within an invocation: asked once.
  let admin: Promise<boolean> | undefined;
  return {
    getIssue: (issueKey) => reads.issues.read(reader, issueKey, () => port.getIssue(issueKey)),
    getApprovals: (issueKey) => reads.approvals.read(reader, issueKey, () => port.getApprovals(issueKey)),
    async answerApproval(issueKey, approvalId, decision) {
      try {
        return await port.answerApproval(issueKey, approvalId, decision);
      } finally {
        forgetAnswered(issueKey);
      }
    },
    isJiraAdmin: () => {
      admin ??= port.isJiraAdmin();
      // A failed answer is not kept: the next question asks Jira again.
      admin.catch(() => {
        admin = undefined;
      });
      return admin;
    },
    requestTypeName: (serviceDeskId, requestTypeId) => port.requestTypeName(serviceDeskId, requestTypeId),
    searchPeople: (query) => port.searchPeople(query),
    searchGroups: (query) => port.searchGroups(query),
  };
}
