import { boardWindowFlags } from '../../../../src/app/board/board-window-flags';
import { plannedChangeOf } from '../../../../src/app/figures/planned-changes';
import { changeConflicts } from '../../../../src/domain/calendar';
import { makeChangeRequest } from '../../../factories/make-change-request';
import { makeLedgerEntry } from '../../../factories/make-ledger-entry';
import { makePolicy } from '../../../factories/make-policy';

/** The factory's CR is planned 13:00-14:00 UTC on Tuesday 1 December 2026 on payments-api. */
const planned = (issueKey: string, start: string, end: string, affectedSystems = ['payments-api']) =>
  makeLedgerEntry(
    issueKey,
    { routedAt: '2026-11-30T09:00:00.000Z' },
    {
      changeRequest: makeChangeRequest({
        affectedSystems,
        plannedWindow: { start, end, timeZone: 'Europe/London' },
      }),
    },
  );

describe('the board’s window flags', () => {
  it('flags both changes of a clash with the system by name, and neither names the other', () => {
    const policy = makePolicy();
    const flags = boardWindowFlags(
      [
        planned('CHG-1', '2026-12-01T13:00:00Z', '2026-12-01T14:00:00Z'),
        planned('CHG-2', '2026-12-01T13:30:00Z', '2026-12-01T15:00:00Z'),
        planned('CHG-3', '2026-12-01T14:00:00Z', '2026-12-01T15:00:00Z', ['identity']),
      ],
      policy,
    );
    const name = policy.systems.find((system) => system.key === 'payments-api')?.name ?? '';

    expect(flags.get('CHG-1')).toEqual([`Clash on ${name}`]);
    expect(flags.get('CHG-2')).toEqual([`Clash on ${name}`]);
    expect(flags.has('CHG-3')).toBe(false);
  });

  it('flags a window in a hard freeze apart from one in a soft freeze', () => {
    const policy = makePolicy({
      freezeWindows: [
        {
          name: 'Payments freeze',
          start: '2026-12-01T00:00:00Z',
          end: '2026-12-02T00:00:00Z',
          systems: ['payments-api'],
          kind: 'hard',
        },
        { name: 'Year end', start: '2026-12-01T00:00:00Z', end: '2026-12-02T00:00:00Z', kind: 'soft' },
      ],
    });
    const flags = boardWindowFlags(
      [
        planned('CHG-1', '2026-12-01T13:00:00Z', '2026-12-01T14:00:00Z'),
        planned('CHG-2', '2026-12-01T09:00:00Z', '2026-12-01T10:00:00Z', ['identity']),
      ],
      policy,
    );

    expect(flags.get('CHG-1')).toEqual(['Hard freeze']);
    expect(flags.get('CHG-2')).toEqual(['Freeze']);
  });

  it('flags exactly the changes the calendar lists in its clashes', () => {
    const policy = makePolicy();
    const systems = ['payments-api', 'identity', 'checkout-web'];
    // A seeded spread of windows over two days, on one or two systems each
    let seed = 7;
    const next = () => (seed = (seed * 48_271) % 2_147_483_647) / 2_147_483_647;
    const entries = Array.from({ length: 60 }, (_, i) => {
      const start = Date.UTC(2026, 11, 1, 8) + Math.floor(next() * 48) * 30 * 60_000;
      const end = start + (1 + Math.floor(next() * 6)) * 30 * 60_000;
      const touched = systems.filter(() => next() < 0.5);
      return planned(
        `CHG-${String(i)}`,
        new Date(start).toISOString(),
        new Date(end).toISOString(),
        touched.length === 0 ? ['payments-api'] : touched,
      );
    });
    const expected = new Set(
      changeConflicts(entries.flatMap((entry) => plannedChangeOf(entry) ?? [])).flatMap((conflict) => [
        ...conflict.issueKeys,
      ]),
    );

    const flagged = boardWindowFlags(entries, policy);

    expect(new Set(flagged.keys())).toEqual(expected);
    expect(expected.size).toBeGreaterThan(5);
  });
});
