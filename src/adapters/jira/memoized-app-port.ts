/**
 * JiraAppPort with the invocation's reads remembered (invocation-reads.ts): the issue snapshot, the
 * approvals page and a group's members are read once as the app. Every write of the invocation to an issue
 * forgets what it may have changed, for every reader, once it is sent, failed or not (a failed write may
 * still have been applied: jira-rest.ts does not retry a POST on 5xx).
 */
import type { JiraAppPort } from '../../app/ports/jira-port';
import { APP_READER, type InvocationReads } from './invocation-reads';

export function memoizeJiraAppPort(port: JiraAppPort, reads: InvocationReads): JiraAppPort {
  const writing = async <T>(forget: () => void, write: () => Promise<T>): Promise<T> => {
    try {
      return await write();
    } finally {
      forget();
    }
  };
  const issueAndApprovals = (issueKey: string) => () => {
    reads.issues.forget(issueKey);
    reads.approvals.forget(issueKey);
  };
  const issueOnly = (issueKey: string) => () => {
    reads.issues.forget(issueKey);
  };
  return {
    getIssue: (issueKey) => reads.issues.read(APP_READER, issueKey, () => port.getIssue(issueKey)),
    getApprovals: (issueKey) => reads.approvals.read(APP_READER, issueKey, () => port.getApprovals(issueKey)),
    groupMembers: (groupId) => reads.groups.read(APP_READER, groupId, () => port.groupMembers(groupId)),
    recentGroupMembers(groupId) {
      // A live read this invocation already made is at least as fresh as the cache.
      if (reads.groups.has(APP_READER, groupId)) {
        return reads.groups.read(APP_READER, groupId, () => port.groupMembers(groupId));
      }
      return reads.recentGroups.read(
        APP_READER,
        groupId,
        () => port.recentGroupMembers?.(groupId) ?? port.groupMembers(groupId),
      );
    },

    // Editing Approver groups while an approval is pending may change its approvers (docs/platform-assumptions.md).
    setApproverGroups: (issueKey, groupIds) =>
      writing(issueAndApprovals(issueKey), () => port.setApproverGroups(issueKey, groupIds)),
    setSummary: (issueKey, summary) => writing(issueOnly(issueKey), () => port.setSummary(issueKey, summary)),
    setCabFields: (issue, values) => writing(issueOnly(issue.key), () => port.setCabFields(issue, values)),
    // Entering an approval status creates an approval; leaving one ends it (docs/platform-assumptions.md). An issue
    // already in the status is not written, so what was read stays true.
    async transitionTo(issue, statusName) {
      const forget = issueAndApprovals(issue.key);
      try {
        const moved = await port.transitionTo(issue, statusName);
        if (moved !== 'already-there') forget();
        return moved;
      } catch (error) {
        forget();
        throw error;
      }
    },
    // Comments and emails are not part of the snapshot or the approvals. The app's comments are never
    // edited, so what it wrote is what a read of it would answer (the panel after a decision reads none).
    async addInternalComment(issueKey, body) {
      const commentId = await port.addInternalComment(issueKey, body);
      void reads.comments.read(APP_READER, `${issueKey}/${commentId}`, () => Promise.resolve(body));
      return commentId;
    },
    ...(port.commentBody === undefined
      ? {}
      : {
          commentBody: (issueKey: string, commentId: string) =>
            reads.comments.read(
              APP_READER,
              `${issueKey}/${commentId}`,
              () => port.commentBody?.(issueKey, commentId) ?? Promise.resolve(null),
            ),
        }),
    // Read only on a resume, and comments are in no memo: nothing to remember or forget.
    findComment: (issueKey, texts) => port.findComment(issueKey, texts),
    notify: (issueKey, notification) => port.notify(issueKey, notification),
  };
}
