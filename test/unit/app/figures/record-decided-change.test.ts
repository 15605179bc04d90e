import { getFigures } from '../../../../src/app/figures/get-figures';
import { recordDecidedChange } from '../../../../src/app/figures/record-decided-change';
import type { LedgerEntry, RecordedAnswer } from '../../../../src/app/ports/store-ports';
import { FakeFiguresStore } from '../fakes/in-memory-figures-store';
import {
  ELENA,
  inMemoryAppDeps,
  NOW,
  routedChangeRequest,
  SAM,
  type Fakes,
} from '../fakes/in-memory-app-deps';

/** NOW is Tuesday 1 December 2026: ISO week 2026-W49. */
const PERIOD = { from: '2026-11-30', to: '2026-12-06' };

const answer = (
  who: { accountId: string; displayName: string },
  minutesAfterNow: number,
): RecordedAnswer => ({
  accountId: who.accountId,
  displayName: who.displayName,
  decision: 'approve',
  at: new Date(NOW.getTime() + minutesAfterNow * 60_000).toISOString(),
  comment: null,
  conditions: [],
});

/** A routed CR as the ledger holds it once the publisher decided it (at NOW). */
function decided(fakes: Fakes, issueKey: string): Promise<LedgerEntry> {
  return Promise.resolve(
    routedChangeRequest(fakes, issueKey, {
      status: 'approved',
      decision: {
        outcome: 'approved',
        by: 'approvers',
        at: NOW.toISOString(),
        commentId: '1',
        recordText: 'Decided.',
      },
    }),
  );
}

function withFigures(): { fakes: Fakes; store: FakeFiguresStore } {
  const fakes = inMemoryAppDeps();
  const store = new FakeFiguresStore();
  fakes.deps.figures = store;
  return { fakes, store };
}

describe('recording a decided change request in the figures', () => {
  it('counts it in the week it was decided, with its group and approver', async () => {
    const { fakes, store } = withFigures();
    const entry = await decided(fakes, 'CHG-1');

    expect(await recordDecidedChange(fakes.deps, entry, [answer(SAM, 0)])).toBe('counted');

    const figures = await getFigures({ rollups: store }, PERIOD);
    expect(figures.weeks.map((week) => week.week)).toEqual(['2026-W49']);
    expect(figures.total.decided).toBe(1);
    expect(figures.byApprover.map((one) => one.label)).toEqual(['Sam Rivera']);
    // Sam is a member of every routed group (the fakes), so each group has his answer as its first response
    expect(figures.byGroup.every((group) => group.summary.firstResponse.samples === 1)).toBe(true);
    expect(store.pending.size).toBe(0);
  });

  it('counts a change request once however often the publisher retries', async () => {
    const { fakes, store } = withFigures();
    const entry = await decided(fakes, 'CHG-1');
    await recordDecidedChange(fakes.deps, entry, [answer(SAM, 0)]);

    expect(await recordDecidedChange(fakes.deps, entry, [answer(SAM, 0)])).toBe('already-counted');
    expect(await recordDecidedChange(fakes.deps, entry, [answer(SAM, 0), answer(ELENA, 5)])).toBe(
      'already-counted',
    );

    expect((await getFigures({ rollups: store }, PERIOD)).total.decided).toBe(1);
  });

  it('keeps it pending while its week is busy, and the next decision folds it in', async () => {
    const { fakes, store } = withFigures();
    const first = await decided(fakes, 'CHG-1');
    const second = await decided(fakes, 'CHG-2');
    store.busy = true;
    expect(await recordDecidedChange(fakes.deps, first, [])).toBe('pending');
    expect([...store.pending.keys()]).toEqual(['CHG-1']);

    store.busy = false;
    expect(await recordDecidedChange(fakes.deps, second, [])).toBe('counted');

    expect(store.pending.size).toBe(0);
    expect(store.weeks.get('2026-W49')?.issueKeys).toEqual(['CHG-2', 'CHG-1']);
  });

  it('reads no group members when nobody answered (silence), and some when someone did', async () => {
    const { fakes } = withFigures();
    const entry = await decided(fakes, 'CHG-1');
    fakes.jira.calls.length = 0;
    await recordDecidedChange(fakes.deps, entry, []);
    expect(fakes.jira.calls.filter((call) => call.startsWith('groupMembers'))).toEqual([]);

    const other = await decided(fakes, 'CHG-2');
    fakes.jira.calls.length = 0;
    await recordDecidedChange(fakes.deps, other, [answer(ELENA, 3)]);
    expect(fakes.jira.calls.filter((call) => call.startsWith('groupMembers')).length).toBe(
      other.routing?.groups.length,
    );
  });

  it('records nothing for an entry without a decision, or a deployment without figures', async () => {
    const { fakes, store } = withFigures();
    const open = routedChangeRequest(fakes, 'CHG-1');
    expect(await recordDecidedChange(fakes.deps, open, [])).toBe('not-decided');
    const entry = await decided(fakes, 'CHG-2');
    const { figures: _none, ...withoutFigures } = fakes.deps;
    expect(await recordDecidedChange(withoutFigures, entry, [])).toBe('not-kept');
    expect(store.weeks.size).toBe(0);
  });
});
