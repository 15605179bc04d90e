import { conditionOf, conditionRows } from '../../../static/admin/src/condition-rows';

describe('a risk tier’s condition as form rows', () => {
  it('reads any/all of facts as rows and writes them back unchanged', () => {
    const when = {
      any: [
        { fact: 'tested', equals: false },
        { fact: 'risk', in: ['high', 'critical'] },
        { fact: 'systemCriticality', atLeast: 'critical' },
      ],
    };
    const rows = conditionRows(when);
    expect(rows?.join).toBe('any');
    expect(rows?.rows.map((row) => row.fact)).toEqual(['tested', 'risk', 'systemCriticality']);
    expect(rows === null ? null : conditionOf(rows)).toEqual(when);
  });

  it('reads a single fact as one row, and writes one row as the fact itself', () => {
    const rows = conditionRows({ fact: 'changeType', in: ['normal'] });
    expect(rows).toEqual({ join: 'all', rows: [{ fact: 'changeType', in: ['normal'] }] });
    expect(rows === null ? null : conditionOf(rows)).toEqual({ fact: 'changeType', in: ['normal'] });
  });

  it.each([
    ['a nested group', { all: [{ any: [{ fact: 'tested', equals: false }] }] }],
    ['an unknown fact', { fact: 'weather', equals: 'rainy' }],
    ['an unknown risk level', { fact: 'risk', in: ['apocalyptic'] }],
    ['an extra key', { fact: 'tested', equals: true, note: 'x' }],
    ['text that is not JSON yet', '{ "any": ['],
  ])('leaves %s to the JSON editor', (_label, when) => {
    expect(conditionRows(when)).toBeNull();
  });
});
