import { readCabFieldValue } from '../../../static/cab-answers/cab-field-value';

describe('readCabFieldValue: a stored value in the shape of its field', () => {
  it('reads each field in its manifest shape', () => {
    expect(readCabFieldValue('affectedSystems', ['payments-api'])).toEqual({
      kind: 'value',
      entry: { field: 'affectedSystems', value: ['payments-api'] },
    });
    expect(readCabFieldValue('risk', 'high')).toEqual({
      kind: 'value',
      entry: { field: 'risk', value: 'high' },
    });
    expect(readCabFieldValue('testEvidence', { tested: false, reason: 'No staging.' })).toEqual({
      kind: 'value',
      entry: { field: 'testEvidence', value: { tested: false, reason: 'No staging.' } },
    });
    expect(
      readCabFieldValue('linkedPullRequest', {
        repository: 'acme/payments-api',
        number: 412,
        url: 'https://github.com/acme/payments-api/pull/412',
        headSha: 'a'.repeat(40),
      }),
    ).toEqual({
      kind: 'value',
      entry: {
        field: 'linkedPullRequest',
        value: {
          repository: 'acme/payments-api',
          number: 412,
          url: 'https://github.com/acme/payments-api/pull/412',
          headSha: 'a'.repeat(40),
        },
      },
    });
  });

  it('calls null, an empty list and blank text "empty"', () => {
    expect(readCabFieldValue('affectedSystems', null)).toEqual({ kind: 'empty' });
    expect(readCabFieldValue('affectedSystems', [])).toEqual({ kind: 'empty' });
    expect(readCabFieldValue('rollbackPlan', { text: '  ' })).toEqual({ kind: 'empty' });
    expect(readCabFieldValue('changeWindow', undefined)).toEqual({ kind: 'empty' });
  });

  it('reports a value of another shape as unreadable instead of guessing', () => {
    expect(readCabFieldValue('risk', 'severe')).toEqual({ kind: 'unreadable', raw: 'severe' });
    expect(readCabFieldValue('testEvidence', { tested: true, reason: 'mixed up' })).toEqual({
      kind: 'unreadable',
      raw: { tested: true, reason: 'mixed up' },
    });
    expect(readCabFieldValue('affectedSystems', ['a', 3]).kind).toBe('unreadable');
  });
});
