import { evaluateRiskCondition, type ChangeFacts } from '../../../../src/domain/routing';

const facts: ChangeFacts = {
  risk: 'medium',
  changeType: 'normal',
  tested: true,
  hasRollbackPlan: true,
  mostCritical: { name: 'Kubernetes platform', criticality: 'high' },
  windowOutsideWorkingHoursOf: null,
};

describe('evaluateRiskCondition', () => {
  it('given all conditions hold, when evaluated, then it matches and explains every part', () => {
    const outcome = evaluateRiskCondition(
      {
        all: [
          { fact: 'risk', in: ['medium', 'high'] },
          { fact: 'systemCriticality', atLeast: 'high' },
        ],
      },
      facts,
    );

    expect(outcome).toEqual({
      matched: true,
      because: 'the risk is medium and Kubernetes platform is rated high',
    });
  });

  it('given one part of an all-condition fails, when evaluated, then it does not match and says which part failed', () => {
    const outcome = evaluateRiskCondition(
      {
        all: [
          { fact: 'risk', in: ['medium'] },
          { fact: 'systemCriticality', atLeast: 'critical' },
        ],
      },
      facts,
    );

    expect(outcome).toEqual({
      matched: false,
      because: 'Kubernetes platform is rated high (below critical)',
    });
  });

  it('given an any-condition, when evaluated, then only the parts that held are given as the reason', () => {
    const outcome = evaluateRiskCondition(
      {
        any: [
          { fact: 'tested', equals: false },
          { fact: 'changeType', in: ['normal'] },
        ],
      },
      facts,
    );

    expect(outcome).toEqual({ matched: true, because: 'it is a normal change' });
  });

  it('given no affected system is known, when criticality is asked, then it does not match', () => {
    expect(
      evaluateRiskCondition({ fact: 'systemCriticality', atLeast: 'low' }, { ...facts, mostCritical: null }),
    ).toEqual({
      matched: false,
      because: 'no affected system is known',
    });
  });

  it.each([
    [
      { fact: 'hasRollbackPlan', equals: false } as const,
      { hasRollbackPlan: false },
      'there is no rollback plan',
    ],
    [
      { fact: 'windowOutsideWorkingHours', equals: true } as const,
      { windowOutsideWorkingHoursOf: 'Observability stack (Australia/Sydney)' },
      'the planned window is outside the working hours of Observability stack (Australia/Sydney)',
    ],
  ])(
    'given the fact %j holds, when evaluated, then it matches with a reason',
    (condition, changed, because) => {
      expect(evaluateRiskCondition(condition, { ...facts, ...changed })).toEqual({ matched: true, because });
    },
  );
});
