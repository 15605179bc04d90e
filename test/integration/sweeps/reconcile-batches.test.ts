import type { AppDeps } from '../../../src/app/app-deps';
import { UpstreamError } from '../../../src/app/errors';
import type { AwaitingApprovalIndex } from '../../../src/app/ports/sweep-ports';
import {
  BATCH_SIZE,
  reconcileDecisions,
  type ReconcileDeps,
} from '../../../src/app/sweeps/reconcile-decisions';

/**
 * The reconcile's batching, on ports that stand in for Jira's search, so the number of searches can be
 * counted for any pattern of refused keys (reconcile-decisions.test.ts does it through the local host): the
 * ledger never has a decided-in-Jira CR here, so recording is never reached.
 */
const unused = () => {
  throw new Error('not used by this test');
};

function depsFor(keys: string[], refused: Set<string>): { deps: ReconcileDeps; searches: string[][] } {
  const searches: string[][] = [];
  const index: AwaitingApprovalIndex = {
    due: unused,
    page: (cursor) => {
      const start = cursor === undefined ? 0 : Number(cursor);
      const next = start + 50;
      return Promise.resolve({
        issueKeys: keys.slice(start, next),
        unindexed: [],
        nextCursor: next < keys.length ? String(next) : undefined,
      });
    },
  };
  const app: AppDeps = {
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
    ledger: {
      get: unused,
      put: unused,
      claim: unused,
      release: unused,
      recordAnswer: unused,
      forgetAnswer: unused,
      listAnswers: unused,
    },
    policies: { get: unused, save: unused },
    chat: { post: unused },
    clock: { now: () => new Date('2026-12-01T15:00:00Z') },
    properties: { setIssueProperty: unused },
  };
  return {
    searches,
    deps: {
      app,
      index,
      store: { reindex: unused },
      search: {
        notInStatuses: (batch) => {
          searches.push([...batch]);
          const unknown = batch.find((key) => refused.has(key));
          return unknown === undefined
            ? Promise.resolve([])
            : Promise.reject(new UpstreamError(`An issue with key '${unknown}' does not exist`, 400));
        },
      },
    },
  };
}

const keysUpTo = (count: number) => Array.from({ length: count }, (_, index) => `CHG-${String(index + 1)}`);

describe('reconcileDecisions batches', () => {
  it('searches once per batch of waiting CRs', async () => {
    // Given 250 CRs waiting for approval
    const { deps, searches } = depsFor(keysUpTo(250), new Set());

    // When the reconcile runs
    const report = await reconcileDecisions(deps);

    // Then three searches covered every key once
    expect(searches.map((batch) => batch.length)).toEqual([BATCH_SIZE, BATCH_SIZE, 50]);
    expect(new Set(searches.flat()).size).toBe(250);
    expect(report).toEqual({ outcomes: {}, unknown: [], reindexed: [], failed: [] });
  });

  it('halves a batch Jira refuses until the unknown key stands alone, and checks the rest', async () => {
    // Given a batch of 100 in which one CR's issue is gone
    const { deps, searches } = depsFor(keysUpTo(100), new Set(['CHG-37']));

    // When the reconcile runs
    const report = await reconcileDecisions(deps);

    // Then only that key is skipped, every other key was searched, at about 2·log2(100) extra searches
    expect(report.unknown).toEqual(['CHG-37']);
    expect(report.failed).toEqual([]);
    const answered = searches.filter((batch) => !batch.includes('CHG-37')).flat();
    expect(new Set(answered).size).toBe(99);
    expect(searches.length).toBeLessThanOrEqual(1 + 2 * Math.ceil(Math.log2(BATCH_SIZE)));
  });
});
