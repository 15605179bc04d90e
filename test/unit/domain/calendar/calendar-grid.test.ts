import { calendarGrid, type PlannedChange } from '../../../../src/domain/calendar';
import { makePolicy } from '../../../factories/make-policy';

const change = (issueKey: string, systems: string[], start: string, end: string): PlannedChange => ({
  issueKey,
  summary: `Change ${issueKey}`,
  systems,
  changeType: 'normal',
  window: { start, end },
  status: 'awaiting-approval',
});

describe('calendar grid', () => {
  const policy = makePolicy({
    freezeWindows: [
      {
        name: 'Checkout freeze',
        start: '2026-03-12T00:00:00Z',
        end: '2026-03-14T00:00:00Z',
        systems: ['checkout-web'],
        kind: 'hard',
      },
      { name: 'Quarter close', start: '2026-03-30T00:00:00Z', end: '2026-04-01T00:00:00Z', kind: 'soft' },
    ],
  });
  const changes = [
    change('CHG-1', ['checkout-web'], '2026-03-10T10:00:00Z', '2026-03-10T12:00:00Z'),
    change('CHG-2', ['checkout-web', 'payments-api'], '2026-03-10T11:00:00Z', '2026-03-10T13:00:00Z'),
    change('CHG-3', ['payments-api'], '2026-03-12T10:00:00Z', '2026-03-12T11:00:00Z'),
    change('CHG-4', ['checkout-web'], '2026-03-13T10:00:00Z', '2026-03-13T11:00:00Z'),
    change('CHG-5', ['legacy-crm'], '2026-03-16T10:00:00Z', '2026-03-16T11:00:00Z'),
  ];
  const grid = calendarGrid(policy, changes, ['2026-W11', '2026-W12', '2026-W14']);
  const row = (key: string) => grid.systems.find((system) => system.key === key);

  it('has a column per week and a row per system, systems the policy lacks at the end', () => {
    expect(grid.weeks.map((week) => [week.week, week.start])).toEqual([
      ['2026-W11', '2026-03-09T00:00:00.000Z'],
      ['2026-W12', '2026-03-16T00:00:00.000Z'],
      ['2026-W14', '2026-03-30T00:00:00.000Z'],
    ]);
    expect(grid.systems.at(-1)).toMatchObject({ key: 'legacy-crm', known: false });
    expect(row('checkout-web')?.known).toBe(true);
  });

  it('marks the changes that clash on a system, and only on that system', () => {
    expect(grid.conflicts).toEqual([
      {
        system: 'checkout-web',
        issueKeys: ['CHG-1', 'CHG-2'],
        start: '2026-03-10T11:00:00.000Z',
        end: '2026-03-10T12:00:00.000Z',
      },
    ]);
    const checkout = row('checkout-web')?.cells[0]?.changes.map((one) => [one.issueKey, one.conflicting]);
    expect(checkout).toEqual([
      ['CHG-1', true],
      ['CHG-2', true],
      ['CHG-4', false],
    ]);
    const payments = row('payments-api')?.cells[0]?.changes.map((one) => [one.issueKey, one.conflicting]);
    expect(payments).toEqual([
      ['CHG-2', false],
      ['CHG-3', false],
    ]);
  });

  it('marks freezes on the systems they cover, and changes planned in a hard freeze', () => {
    expect(row('checkout-web')?.cells[0]?.freezes.map((freeze) => freeze.name)).toEqual(['Checkout freeze']);
    expect(row('payments-api')?.cells[0]?.freezes).toEqual([]);
    expect(row('checkout-web')?.cells[0]?.changes.find((one) => one.issueKey === 'CHG-4')?.frozen).toBe(true);
    expect(row('payments-api')?.cells[0]?.changes.find((one) => one.issueKey === 'CHG-3')?.frozen).toBe(
      false,
    );
    expect(row('identity')?.cells[2]?.freezes).toEqual([
      { name: 'Quarter close', kind: 'soft', start: '2026-03-30T00:00:00Z', end: '2026-04-01T00:00:00Z' },
    ]);
  });
});
