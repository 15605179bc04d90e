import { windowFlags, type PlannedChange } from '../../../../src/domain/calendar';
import type { FreezeWindow } from '../../../../src/domain/policy';
import { makeChangeRequest } from '../../../factories/make-change-request';

/** The factory's CR is planned 13:00-14:00 UTC on Tuesday 1 December 2026 on payments-api. */
const other = (overrides: Partial<PlannedChange> = {}): PlannedChange => ({
  issueKey: 'CHG-7',
  summary: 'Rotate the payments database credentials',
  systems: ['payments-api'],
  changeType: 'normal',
  window: { start: '2026-12-01T13:30:00Z', end: '2026-12-01T15:00:00Z', timeZone: 'Europe/London' },
  status: 'approved',
  ...overrides,
});

const yearEnd = (overrides: Partial<FreezeWindow> = {}): FreezeWindow => ({
  name: 'Year-end freeze',
  start: '2026-12-01T00:00:00Z',
  end: '2027-01-04T00:00:00Z',
  kind: 'hard',
  ...overrides,
});

describe('window flags', () => {
  it('flags nothing for a window outside every freeze and clash', () => {
    expect(windowFlags({ freezeWindows: [] }, makeChangeRequest(), [])).toEqual({
      systemsKnown: true,
      freeze: null,
      conflicts: [],
    });
  });

  it('marks another open change on the same system at an overlapping time as a conflict', () => {
    const flags = windowFlags({ freezeWindows: [] }, makeChangeRequest(), [other()]);
    expect(flags.conflicts).toEqual([
      {
        issueKey: 'CHG-7',
        summary: 'Rotate the payments database credentials',
        systems: ['payments-api'],
        start: '2026-12-01T13:30:00Z',
        end: '2026-12-01T15:00:00Z',
        overlap: { start: '2026-12-01T13:30:00.000Z', end: '2026-12-01T14:00:00.000Z' },
      },
    ]);
  });

  it('sees no conflict on another system, or in a window that only touches at the end', () => {
    const flags = windowFlags({ freezeWindows: [] }, makeChangeRequest(), [
      other({ systems: ['identity'] }),
      other({ issueKey: 'CHG-8', window: { start: '2026-12-01T14:00:00Z', end: '2026-12-01T15:00:00Z' } }),
      other({
        issueKey: 'CHG-9',
        window: { start: '2026-12-01T12:00:00+00:00', end: '2026-12-01T13:00:00Z' },
      }),
    ]);
    expect(flags.conflicts).toEqual([]);
  });

  it('compares windows as instants, whatever offset they were written with', () => {
    const flags = windowFlags({ freezeWindows: [] }, makeChangeRequest(), [
      other({ window: { start: '2026-12-01T08:30:00-05:00', end: '2026-12-01T09:30:00-05:00' } }),
    ]);
    expect(flags.conflicts.map((conflict) => conflict.overlap)).toEqual([
      { start: '2026-12-01T13:30:00.000Z', end: '2026-12-01T14:00:00.000Z' },
    ]);
  });

  it('blocks a normal change in a hard freeze', () => {
    const flags = windowFlags({ freezeWindows: [yearEnd()] }, makeChangeRequest(), []);
    expect(flags.freeze).toMatchObject({
      blocking: true,
      hits: [{ name: 'Year-end freeze', kind: 'hard', systems: 'all', effect: 'blocked' }],
    });
  });

  it('lets an emergency change into a hard freeze, saying so', () => {
    const flags = windowFlags(
      { freezeWindows: [yearEnd()] },
      makeChangeRequest({ changeType: 'emergency' }),
      [],
    );
    expect(flags.freeze).toMatchObject({ blocking: false, hits: [{ effect: 'allowed-for-emergency' }] });
  });

  it('only warns in a soft freeze', () => {
    const flags = windowFlags({ freezeWindows: [yearEnd({ kind: 'soft' })] }, makeChangeRequest(), []);
    expect(flags.freeze).toMatchObject({ blocking: false, hits: [{ effect: 'warning' }] });
  });

  it('applies a freeze of some systems only to changes touching them, naming the systems it covers', () => {
    const identityOnly = yearEnd({ systems: ['identity'] });
    expect(windowFlags({ freezeWindows: [identityOnly] }, makeChangeRequest(), []).freeze).toBeNull();
    const both = windowFlags(
      { freezeWindows: [identityOnly] },
      makeChangeRequest({ affectedSystems: ['payments-api', 'identity'] }),
      [],
    );
    expect(both.freeze?.hits[0]?.systems).toEqual(['identity']);
  });

  it('ignores a freeze that ends when the window starts', () => {
    const before = yearEnd({ start: '2026-11-30T00:00:00Z', end: '2026-12-01T13:00:00Z' });
    expect(windowFlags({ freezeWindows: [before] }, makeChangeRequest(), []).freeze).toBeNull();
  });

  it('given a window whose systems are not chosen yet, lists every freeze with its systems and every change planned then', () => {
    const identityOnly = yearEnd({ systems: ['identity'] });
    const flags = windowFlags(
      { freezeWindows: [identityOnly] },
      { ...makeChangeRequest(), affectedSystems: null },
      [other({ systems: ['identity'] })],
    );
    expect(flags.systemsKnown).toBe(false);
    expect(flags.freeze?.hits).toEqual([
      expect.objectContaining({ systems: ['identity'], effect: 'blocked' }),
    ]);
    expect(flags.conflicts.map((conflict) => conflict.systems)).toEqual([['identity']]);
  });
});
