import { parsePolicy } from '../../../../src/domain/policy';
import { type FieldError } from '../../../../src/domain/shared/field-error';
import { makePolicy } from '../../../factories/make-policy';
import { REMOVE, withValueAt } from '../../../factories/with-value-at';

const UNKNOWN_GROUP = '0b8f3d2a-5c1e-4f7a-9e21-6a4d8c3b9999';

function errorsFor(input: unknown): readonly FieldError[] {
  const result = parsePolicy(input);
  if (result.ok) throw new Error('expected the policy to be rejected');
  return result.errors;
}

function policyWith(path: (string | number)[], value: unknown): unknown {
  return withValueAt(makePolicy(), path, value);
}

describe('parsePolicy', () => {
  it('given a system whose approver group does not exist, when parsed, then the reference is named', () => {
    expect(errorsFor(policyWith(['systems', 1, 'approverGroupIds', 0], UNKNOWN_GROUP))).toEqual([
      {
        field: 'systems.1.approverGroupIds.0',
        code: 'unknown-group',
        message: `The group id ${UNKNOWN_GROUP} is not one of the approver groups; add it under approverGroups first.`,
      },
    ]);
  });

  it.each([
    [['changeTypes', 'normal', 'escalation', 'groupId']],
    [['changeTypes', 'emergency', 'approverGroupIds', 2]],
    [['riskTiers', 0, 'addApproverGroupIds', 0]],
  ])('given an unknown group at %j, when parsed, then it is refused as unknown-group', (path) => {
    expect(errorsFor(policyWith(path, UNKNOWN_GROUP))).toEqual([
      expect.objectContaining({ field: path.join('.'), code: 'unknown-group' }),
    ]);
  });

  it('given two systems with the same key, when parsed, then the second key is a duplicate', () => {
    expect(errorsFor(policyWith(['systems', 1, 'key'], 'payments-api'))).toEqual([
      expect.objectContaining({ field: 'systems.1.key', code: 'duplicate' }),
    ]);
  });

  it('given a repository claimed by two systems (in other letter case), when parsed, then it maps to one system only', () => {
    expect(errorsFor(policyWith(['systems', 1, 'repositories', 0], 'Acme/Payments-API'))).toEqual([
      {
        field: 'systems.1.repositories.0',
        code: 'repository-in-two-systems',
        message:
          "The repository Acme/Payments-API already belongs to the system 'payments-api'; a repository maps to one system only.",
      },
    ]);
  });

  it('given a repository not written as owner/name, when parsed, then it is refused', () => {
    expect(errorsFor(policyWith(['systems', 0, 'repositories', 0], 'payments-api'))).toEqual([
      expect.objectContaining({ field: 'systems.0.repositories.0', code: 'invalid-format' }),
    ]);
  });

  it('given a duplicate group id, when parsed, then it is refused', () => {
    const policy = makePolicy();
    const first = policy.approverGroups[0];
    const input = { ...policy, approverGroups: [...policy.approverGroups, { ...first, name: 'copy' }] };

    expect(errorsFor(input)).toEqual([
      expect.objectContaining({ field: 'approverGroups.5.groupId', code: 'duplicate' }),
    ]);
  });

  it('given a working day that ends before it starts, when parsed, then end is named with both times', () => {
    expect(
      errorsFor(
        policyWith(['defaults', 'workingHours'], { days: [1, 2, 3, 4, 5], start: '17:00', end: '09:00' }),
      ),
    ).toEqual([
      {
        field: 'defaults.workingHours.end',
        code: 'day-end-before-start',
        message: 'The working day must end after it starts (start 17:00, end 09:00).',
      },
    ]);
  });

  it('given a working day numbered 8, when parsed, then the weekday is refused', () => {
    expect(errorsFor(policyWith(['defaults', 'workingHours', 'days', 0], 8))).toEqual([
      expect.objectContaining({ field: 'defaults.workingHours.days.0', code: 'invalid-value' }),
    ]);
  });

  it.each([[['systems', 2, 'timeZone']], [['defaults', 'timeZone']], [['holidays', 0, 'timeZones', 0]]])(
    'given an invalid time zone at %j, when parsed, then it is refused',
    (path) => {
      expect(errorsFor(policyWith(path, 'America/Gotham'))).toEqual([
        expect.objectContaining({ field: path.join('.'), code: 'invalid-time-zone' }),
      ]);
    },
  );

  it('given a holiday on 31 November, when parsed, then the date is refused', () => {
    expect(errorsFor(policyWith(['holidays', 0, 'date'], '2026-11-31'))).toEqual([
      expect.objectContaining({ field: 'holidays.0.date', code: 'invalid-date' }),
    ]);
  });

  it("given 21 approvals per group, when parsed, then JSM's limit of 20 is cited", () => {
    expect(errorsFor(policyWith(['changeTypes', 'normal', 'approvalsPerGroup'], 21))).toEqual([
      {
        field: 'changeTypes.normal.approvalsPerGroup',
        code: 'too-large',
        message: "JSM allows at most 20 approvals per group (numberPerPrincipal's limit).",
      },
    ]);
  });

  it('given silence-is-consent on emergency changes, when parsed, then it is not allowed', () => {
    const input = policyWith(['changeTypes', 'emergency', 'silenceIsConsent'], {
      enabled: true,
      afterBusinessHours: 1,
      maxRisk: 'low',
    });

    expect(errorsFor(input)).toEqual([
      expect.objectContaining({ field: 'changeTypes.emergency.silenceIsConsent', code: 'not-allowed' }),
    ]);
  });

  it('given silence-is-consent for high risk, when parsed, then maxRisk is refused', () => {
    const input = policyWith(['changeTypes', 'standard', 'silenceIsConsent', 'maxRisk'], 'high');

    expect(errorsFor(input)).toEqual([
      expect.objectContaining({
        field: 'changeTypes.standard.silenceIsConsent.maxRisk',
        code: 'invalid-value',
      }),
    ]);
  });

  it('given a tier that grants silence-is-consent, when parsed, then only false is allowed', () => {
    expect(errorsFor(policyWith(['riskTiers', 0, 'silenceIsConsent'], true))).toEqual([
      expect.objectContaining({ field: 'riskTiers.0.silenceIsConsent', code: 'invalid-value' }),
    ]);
  });

  it('given a reminder at fraction 1, when parsed, then fractions must lie strictly between 0 and 1', () => {
    expect(errorsFor(policyWith(['changeTypes', 'normal', 'reminders', 'atFractions', 1], 1))).toEqual([
      expect.objectContaining({ field: 'changeTypes.normal.reminders.atFractions.1', code: 'too-large' }),
    ]);
  });

  it('given a business clock on emergency changes, when parsed, then the wall clock is required', () => {
    const input = policyWith(['changeTypes', 'emergency', 'responseTime'], { kind: 'business', hours: 1 });

    expect(errorsFor(input).map((error) => error.field)).toContain('changeTypes.emergency.responseTime.kind');
  });

  it('given a condition on an unknown fact, when parsed, then the fact is named with the allowed list', () => {
    expect(
      errorsFor(policyWith(['riskTiers', 0, 'when', 'any', 1], { fact: 'moonPhase', equals: 'full' })),
    ).toEqual([
      {
        field: 'riskTiers.0.when.any.1.fact',
        code: 'invalid-value',
        message:
          "A condition's fact must be one of: risk, changeType, tested, hasRollbackPlan, systemCriticality, windowOutsideWorkingHours.",
      },
    ]);
  });

  it('given a known fact with a wrong operand, when parsed, then the operand is named', () => {
    expect(
      errorsFor(policyWith(['riskTiers', 0, 'when', 'any', 0], { fact: 'tested', equals: 'no' })),
    ).toEqual([expect.objectContaining({ field: 'riskTiers.0.when.any.0.equals', code: 'wrong-type' })]);
  });

  it('given an empty all-condition, when parsed, then it needs at least one condition', () => {
    expect(errorsFor(policyWith(['riskTiers', 2, 'when', 'all'], []))).toEqual([
      expect.objectContaining({ field: 'riskTiers.2.when.all', code: 'too-few' }),
    ]);
  });

  it('given a misspelt field, when parsed, then it is reported as unknown instead of being ignored', () => {
    expect(errorsFor(policyWith(['systems', 0, 'timezone'], 'Europe/London'))).toEqual([
      expect.objectContaining({ field: 'systems.0', code: 'unknown-field' }),
    ]);
  });

  it('given no repositories settings, when parsed, then createOnMerge is required', () => {
    expect(errorsFor(policyWith(['repositories', 'createOnMerge'], REMOVE))).toEqual([
      expect.objectContaining({ field: 'repositories.createOnMerge', code: 'required' }),
    ]);
  });

  it('given a system without approver groups, when parsed, then it is accepted (routing reports it)', () => {
    expect(parsePolicy(policyWith(['systems', 0, 'approverGroupIds'], [])).ok).toBe(true);
  });

  it('given a GitHub login mapping, when parsed, then it is kept', () => {
    const githubLogins = { 'dana-lee': '712020:5e0c1d2a-0000-4000-8000-000000000001' };

    const result = parsePolicy(policyWith(['repositories', 'githubLogins'], githubLogins));

    expect(result.ok && result.value.repositories.githubLogins).toEqual(githubLogins);
  });
});

describe('parsePolicy at the top level', () => {
  it('given an unknown top-level section, when parsed, then the section is named as unknown', () => {
    expect(errorsFor({ ...makePolicy(), approvers: [] })).toEqual([
      {
        field: '',
        code: 'unknown-field',
        message: "Unknown field 'approvers': remove it or check the spelling.",
      },
    ]);
  });
});

describe('parsePolicy working hours', () => {
  it('given a round-the-clock team working until 24:00, when parsed, then the day end is accepted', () => {
    const input = withValueAt(makePolicy(), ['defaults', 'workingHours'], {
      days: [1, 2, 3, 4, 5, 6, 7],
      start: '00:00',
      end: '24:00',
    });

    expect(parsePolicy(input).ok).toBe(true);
  });

  it('given a day start of 24:00, when parsed, then it is not a time of day', () => {
    expect(errorsFor(withValueAt(makePolicy(), ['defaults', 'workingHours', 'start'], '24:00'))).toEqual([
      expect.objectContaining({ field: 'defaults.workingHours.start', code: 'invalid-format' }),
    ]);
  });
});
