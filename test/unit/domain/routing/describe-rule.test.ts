import { describeRule, minutesDeadlineAfterWindowStart } from '../../../../src/domain/routing';
import { makePolicy } from '../../../factories/make-policy';

describe('describeRule: a routing rule in words, with the names the policy gives', () => {
  const policy = makePolicy({
    riskTiers: [{ key: 'untested', name: 'Untested change', when: { fact: 'tested', equals: false } }],
  });

  it('names systems and risk tiers as the policy does', () => {
    expect(describeRule('system:payments-api', policy)).toBe('Payments API (system)');
    expect(describeRule('risk-tier:untested', policy)).toBe('Untested change (risk tier)');
  });

  it('says the other rules in words, and shows a rule it does not know as it is', () => {
    expect(describeRule('change-type:normal', policy)).toBe('Normal change');
    expect(describeRule('emergency-roles', policy)).toBe('Emergency approvers');
    expect(describeRule('silence-is-consent', policy)).toBe('Silence as consent');
    expect(describeRule('jsm-condition', policy)).toBe('Approvals per group');
    expect(describeRule('system:gone', policy)).toBe('gone (system)');
    expect(describeRule('something-new', policy)).toBe('something-new');
  });
});

describe('minutesDeadlineAfterWindowStart', () => {
  it('says how long after the window starts the deadline falls', () => {
    expect(minutesDeadlineAfterWindowStart('2026-12-01T17:00:00Z', '2026-12-01T14:00:00Z')).toBe(180);
    expect(minutesDeadlineAfterWindowStart('2026-12-01T14:00:30Z', '2026-12-01T14:00:00Z')).toBe(1);
  });

  it('is null when the deadline is at or before the start, or either is not an instant', () => {
    expect(minutesDeadlineAfterWindowStart('2026-12-01T14:00:00Z', '2026-12-01T14:00:00Z')).toBeNull();
    expect(minutesDeadlineAfterWindowStart('2026-12-01T09:00:00Z', '2026-12-01T14:00:00+01:00')).toBeNull();
    expect(minutesDeadlineAfterWindowStart('later', '2026-12-01T14:00:00Z')).toBeNull();
  });
});
