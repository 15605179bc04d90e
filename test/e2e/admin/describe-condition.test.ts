import { describeCondition } from '../../../static/admin/src/describe-condition';

describe('risk tier conditions as English', () => {
  it('given the default "untested or no rollback" condition, then it reads as an or-sentence', () => {
    const when = {
      any: [
        { fact: 'tested', equals: false },
        { fact: 'hasRollbackPlan', equals: false },
      ],
    };

    expect(describeCondition(when)).toBe('the change is not tested or there is no rollback plan');
  });

  it('given nested all/any, then inner groups are bracketed and lists use "or"', () => {
    const when = {
      all: [
        { fact: 'windowOutsideWorkingHours', equals: true },
        {
          any: [
            { fact: 'changeType', in: ['standard', 'normal'] },
            { fact: 'systemCriticality', atLeast: 'high' },
          ],
        },
        { fact: 'risk', in: ['medium', 'high', 'critical'] },
      ],
    };

    expect(describeCondition(when)).toBe(
      'the window is (partly) outside working hours and (the change type is standard or normal or an affected system is high or more critical) and the risk is medium, high or critical',
    );
  });

  it.each([[null], ['{"fact": "risk"'], [{ fact: 'weather', equals: true }], [[1, 2]]])(
    'given %p, which is not a condition, then it says the JSON needs checking',
    (when) => {
      expect(describeCondition(when)).toBe('a condition this page cannot read (check its JSON)');
    },
  );
});
