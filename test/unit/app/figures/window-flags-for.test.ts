import { windowFlagsFor } from '../../../../src/app/figures/window-flags-for';
import type { LedgerScan } from '../../../../src/app/ports/figures-ports';
import type { LedgerEntry } from '../../../../src/app/ports/store-ports';
import { makePolicy } from '../../../factories/make-policy';
import { makeLedgerEntry } from '../../../factories/make-ledger-entry';
import { makeChangeRequest } from '../../../factories/make-change-request';

/** The factory's CR is planned 13:00-14:00 UTC on Tuesday 1 December 2026 on payments-api. */
const entries: LedgerEntry[] = [
  makeLedgerEntry('CHG-1', { routedAt: '2026-11-20T09:00:00.000Z' }),
  makeLedgerEntry('CHG-2', { routedAt: '2026-11-21T09:00:00.000Z' }),
  makeLedgerEntry('CHG-3', { routedAt: '2026-11-22T09:00:00.000Z' }),
];
const scan: LedgerScan = {
  page: (query) =>
    Promise.resolve({
      entries: entries.filter(
        (entry) =>
          Date.parse(entry.routedAt) >= (query.routedFrom ?? 0) &&
          Date.parse(entry.routedAt) <= query.routedUntil,
      ),
      nextCursor: undefined,
    }),
};
const policy = makePolicy({
  freezeWindows: [
    { name: 'Year-end freeze', start: '2026-12-01T00:00:00Z', end: '2027-01-04T00:00:00Z', kind: 'soft' },
  ],
});
const deps = {
  app: {
    policies: {
      get: () => Promise.resolve({ policy, revision: 1, updatedAt: null, updatedBy: null }),
      save: () => Promise.reject(new Error('no')),
    },
  },
  ledgerScan: scan,
};

describe('window flags for a change request', () => {
  it('names the freeze and the other open changes on its systems, never itself', async () => {
    const flags = await windowFlagsFor(deps, makeChangeRequest(), 'CHG-1', (all) => Promise.resolve(all));
    expect(flags.freeze?.hits.map((hit) => hit.effect)).toEqual(['warning']);
    expect(flags.conflicts.map((conflict) => conflict.issueKey)).toEqual(['CHG-2', 'CHG-3']);
  });

  it('names no change the viewer could not open', async () => {
    const onlyTheirs = (all: readonly LedgerEntry[]) =>
      Promise.resolve(all.filter((entry) => entry.issueKey === 'CHG-3'));
    const flags = await windowFlagsFor(deps, makeChangeRequest(), null, onlyTheirs);
    expect(flags.conflicts.map((conflict) => conflict.issueKey)).toEqual(['CHG-3']);
  });
});
