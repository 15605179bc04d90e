import type { AppDeps } from '../../../src/app/app-deps';
import { sweepDeadlines } from '../../../src/app/sweep-deadlines';
import type { SweepDeps } from '../../../src/app/sweeps/sweep-deps';

/** Only the ports the paging and isolation touch; anything else fails the test loudly. */
function depsWith(pages: string[][], claim: (issueKey: string) => Promise<boolean>): SweepDeps {
  const unused = () => {
    throw new Error('not used by this test');
  };
  const ledger: AppDeps['ledger'] = {
    get: unused,
    put: unused,
    claim: (_step, issueKey) => claim(issueKey),
    release: () => Promise.resolve(),
    recordAnswer: unused,
    forgetAnswer: unused,
    listAnswers: unused,
  };
  return {
    app: {
      ledger,
      jira: {
        getIssue: unused,
        findComment: unused,
        setApproverGroups: unused,
        setCabFields: unused,
        setSummary: unused,
        transitionTo: unused,
        addInternalComment: unused,
        notify: unused,
        getApprovals: unused,
        groupMembers: unused,
      },
      policies: { get: unused, save: unused },
      chat: { post: unused },
      clock: { now: () => new Date('2026-12-01T15:00:00Z') },
      properties: { setIssueProperty: unused },
    },
    index: {
      // The sweep pages through what is due; the full partition is the hourly reconcile's.
      due: (_now, cursor) => {
        const index = cursor === undefined ? 0 : Number(cursor);
        return Promise.resolve({
          issueKeys: pages[index] ?? [],
          unindexed: [],
          nextCursor: index + 1 < pages.length ? String(index + 1) : undefined,
        });
      },
      page: unused,
    },
    store: { state: unused, saveState: unused, reindex: unused, recordObjection: unused, objections: unused },
    properties: { setIssueProperty: unused },
  };
}

describe('sweepDeadlines', () => {
  it('follows the cursor through every page and keeps going after one CR fails', async () => {
    // Given three pages, and a CR whose sweep fails with Jira's error
    const failure = new Error('Jira answered 503 four times');
    const deps = depsWith([['CHG-1', 'CHG-2'], ['CHG-3'], ['CHG-4']], (issueKey) =>
      issueKey === 'CHG-2' ? Promise.reject(failure) : Promise.resolve(false),
    );

    // When the sweep runs
    const report = await sweepDeadlines(deps);

    // Then every other CR was still swept, and the failure is reported with its CR
    expect(report.outcomes).toEqual({ 'CHG-1': 'busy', 'CHG-3': 'busy', 'CHG-4': 'busy' });
    expect(report.failed).toEqual([{ issueKey: 'CHG-2', error: failure }]);
  });
});
