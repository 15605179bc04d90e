import { createInvocationReads } from '../../../src/adapters/jira/invocation-reads';
import { memoizeJiraAppPort } from '../../../src/adapters/jira/memoized-app-port';
import { memoizeJiraUserPort } from '../../../src/adapters/jira/memoized-user-port';
import type { JiraAppPort, JiraUserPort } from '../../../src/app/ports/jira-port';
import { makeIssueSnapshot } from './issue-snapshot-factory';

/**
 * The invocation memo over the Jira ports, against ports that record what reached "Jira": each reader's
 * read is made once and served only back to it; a write by anyone forgets the thing for everyone.
 */
describe('the invocation memo in front of the Jira ports', () => {
  const unused = () => Promise.reject(new Error('not used in this test'));

  function appPort(calls: string[]): JiraAppPort {
    return {
      findComment: unused,
      getIssue: (key) => {
        calls.push(`app getIssue ${key}`);
        return Promise.resolve(makeIssueSnapshot({ key, summary: 'as the app sees it' }));
      },
      getApprovals: (key) => {
        calls.push(`app getApprovals ${key}`);
        return Promise.resolve({ values: [], as: 'app' });
      },
      groupMembers: (groupId) => {
        calls.push(`app groupMembers ${groupId}`);
        return Promise.resolve([{ accountId: 'a-1', displayName: 'Ann' }]);
      },
      recentGroupMembers: (groupId) => {
        calls.push(`app recentGroupMembers ${groupId}`);
        return Promise.resolve([{ accountId: 'a-1', displayName: 'Ann' }]);
      },
      setApproverGroups: (key) => {
        calls.push(`app setApproverGroups ${key}`);
        return Promise.resolve();
      },
      setSummary: unused,
      setCabFields: unused,
      transitionTo: (issue) => {
        calls.push(`app transitionTo ${issue.key}`);
        return Promise.resolve(issue.status.name === 'Awaiting approval' ? 'already-there' : 'moved');
      },
      addInternalComment: unused,
      notify: unused,
    };
  }

  function userPort(calls: string[], who: string, answer: 'ok' | 'fails' = 'ok'): JiraUserPort {
    return {
      getIssue: (key) => {
        calls.push(`${who} getIssue ${key}`);
        return answer === 'fails'
          ? Promise.reject(new Error('Jira is not answering'))
          : Promise.resolve(makeIssueSnapshot({ key, summary: `as ${who} sees it` }));
      },
      getApprovals: (key) => {
        calls.push(`${who} getApprovals ${key}`);
        return Promise.resolve({ values: [], as: who });
      },
      answerApproval: (key) => {
        calls.push(`${who} answerApproval ${key}`);
        return Promise.resolve({ kind: 'answered', approval: {} });
      },
      isJiraAdmin: unused,
      requestTypeName: unused,
      searchPeople: unused,
      searchGroups: unused,
    };
  }

  it("never serves a person's read to the app or to another person", async () => {
    const calls: string[] = [];
    const reads = createInvocationReads();
    const riley = memoizeJiraUserPort(userPort(calls, 'riley'), reads, 'riley-id');
    const sam = memoizeJiraUserPort(userPort(calls, 'sam'), reads, 'sam-id');
    const app = memoizeJiraAppPort(appPort(calls), reads);

    const asRiley = await riley.getIssue('CHG-1');
    const asApp = await app.getIssue('CHG-1');
    const asSam = await sam.getIssue('CHG-1');
    expect([asRiley?.summary, asApp?.summary, asSam?.summary]).toEqual([
      'as riley sees it',
      'as the app sees it',
      'as sam sees it',
    ]);
    expect(await app.getApprovals('CHG-1')).toMatchObject({ as: 'app' });
    expect(await riley.getApprovals('CHG-1')).toMatchObject({ as: 'riley' });
    expect(calls).toEqual([
      'riley getIssue CHG-1',
      'app getIssue CHG-1',
      'sam getIssue CHG-1',
      'app getApprovals CHG-1',
      'riley getApprovals CHG-1',
    ]);
  });

  it("serves each reader's second read from the memo, as a copy of its own", async () => {
    const calls: string[] = [];
    const reads = createInvocationReads();
    const riley = memoizeJiraUserPort(userPort(calls, 'riley'), reads, 'riley-id');
    const first = await riley.getIssue('CHG-1');
    if (first !== null) first.summary = 'changed by a caller';
    const second = await riley.getIssue('CHG-1');
    expect(second?.summary).toBe('as riley sees it');
    expect(calls).toEqual(['riley getIssue CHG-1']);
  });

  it("forgets every reader's issue and approvals when the app writes the issue", async () => {
    const calls: string[] = [];
    const reads = createInvocationReads();
    const riley = memoizeJiraUserPort(userPort(calls, 'riley'), reads, 'riley-id');
    const app = memoizeJiraAppPort(appPort(calls), reads);
    await riley.getIssue('CHG-1');
    await riley.getApprovals('CHG-1');
    const issue = await app.getIssue('CHG-1');
    await app.getIssue('CHG-2');

    await app.setApproverGroups('CHG-1', ['g-1']);
    if (issue !== null) await app.transitionTo(issue, 'Awaiting approval');
    await riley.getIssue('CHG-1');
    await riley.getApprovals('CHG-1');
    await app.getIssue('CHG-1');
    await app.getIssue('CHG-2');

    expect(calls.slice(4)).toEqual([
      'app setApproverGroups CHG-1',
      'app transitionTo CHG-1',
      'riley getIssue CHG-1',
      'riley getApprovals CHG-1',
      'app getIssue CHG-1',
    ]);
  });

  it('keeps what was read when a transition finds the issue already in the status', async () => {
    const calls: string[] = [];
    const reads = createInvocationReads();
    const app = memoizeJiraAppPort(appPort(calls), reads);
    const issue = makeIssueSnapshot({ key: 'CHG-1', status: 'Awaiting approval' });
    await app.getIssue('CHG-1');
    expect(await app.transitionTo(issue, 'Awaiting approval')).toBe('already-there');
    await app.getIssue('CHG-1');
    expect(calls).toEqual(['app getIssue CHG-1', 'app transitionTo CHG-1']);
  });

  it("forgets everyone's approvals and issue when a person answers, and reads the app's again", async () => {
    const calls: string[] = [];
    const reads = createInvocationReads();
    const priya = memoizeJiraUserPort(userPort(calls, 'priya'), reads, 'priya-id');
    const app = memoizeJiraAppPort(appPort(calls), reads);
    await app.getApprovals('CHG-1');
    await priya.getIssue('CHG-1');

    await priya.answerApproval('CHG-1', '7', 'approve');
    await app.getApprovals('CHG-1');
    await priya.getIssue('CHG-1');

    expect(calls.slice(2)).toEqual([
      'priya answerApproval CHG-1',
      'app getApprovals CHG-1',
      'priya getIssue CHG-1',
    ]);
  });

  it('does not remember a read that failed', async () => {
    const calls: string[] = [];
    const reads = createInvocationReads();
    const failing = memoizeJiraUserPort(userPort(calls, 'riley', 'fails'), reads, 'riley-id');
    await expect(failing.getIssue('CHG-1')).rejects.toThrow('Jira is not answering');
    const working = memoizeJiraUserPort(userPort(calls, 'riley'), reads, 'riley-id');
    expect((await working.getIssue('CHG-1'))?.summary).toBe('as riley sees it');
    expect(calls).toEqual(['riley getIssue CHG-1', 'riley getIssue CHG-1']);
  });

  it("takes a live group read this invocation made over the cache, and never the cache's for a live read", async () => {
    const calls: string[] = [];
    const app = memoizeJiraAppPort(appPort(calls), createInvocationReads());
    await app.recentGroupMembers?.('g-1');
    await app.groupMembers('g-1');
    await app.recentGroupMembers?.('g-1');
    await app.groupMembers('g-1');
    expect(calls).toEqual(['app recentGroupMembers g-1', 'app groupMembers g-1']);
  });
});
