import fc from 'fast-check';
import { parseChangeRequest } from '../../../../src/domain/change-request';
import { type FieldError } from '../../../../src/domain/shared/field-error';
import { makeChangeRequestInput } from '../../../factories/make-change-request';
import { REMOVE, withValueAt } from '../../../factories/with-value-at';

function errorsFor(input: unknown): readonly FieldError[] {
  const result = parseChangeRequest(input);
  if (result.ok) throw new Error('expected the input to be rejected');
  return result.errors;
}

describe('parseChangeRequest', () => {
  it('given a complete CR, when parsed, then it is accepted with the summary trimmed', () => {
    const result = parseChangeRequest(makeChangeRequestInput({ summary: '  Rotate TLS certificates  ' }));

    expect(result.ok).toBe(true);
    expect(result.ok && result.value.summary).toBe('Rotate TLS certificates');
  });

  it('given no description, when parsed, then the description is empty', () => {
    const result = parseChangeRequest(withValueAt(makeChangeRequestInput(), ['description'], REMOVE));

    expect(result.ok && result.value.description).toBe('');
  });

  it('given a window that ends before it starts, when parsed, then the error names both instants on plannedWindow.end', () => {
    const input = withValueAt(makeChangeRequestInput(), ['plannedWindow'], {
      start: '2026-11-24T10:00Z',
      end: '2026-11-24T09:00Z',
      timeZone: 'Europe/London',
    });

    expect(errorsFor(input)).toEqual([
      {
        field: 'plannedWindow.end',
        code: 'window-end-before-start',
        message:
          'The planned window must end after it starts (it starts Tue 24 Nov 2026, 10:00 GMT and ends Tue 24 Nov 2026, 09:00 GMT).',
      },
    ]);
  });

  it('given a window longer than 14 days, when parsed, then it is refused as too long', () => {
    const input = withValueAt(makeChangeRequestInput(), ['plannedWindow'], {
      start: '2026-12-01T00:00:00Z',
      end: '2026-12-15T00:01:00Z',
      timeZone: 'Europe/London',
    });

    expect(errorsFor(input)).toEqual([
      expect.objectContaining({ field: 'plannedWindow.end', code: 'window-too-long' }),
    ]);
  });

  it('given a window of exactly 14 days with offsets, when parsed, then it is accepted', () => {
    const input = withValueAt(makeChangeRequestInput(), ['plannedWindow'], {
      start: '2026-12-01T09:00+01:00',
      end: '2026-12-15T09:00+01:00',
      timeZone: 'Europe/Berlin',
    });

    expect(parseChangeRequest(input).ok).toBe(true);
  });

  it.each([
    ['no offset', '2026-12-01T10:00:00'],
    ['a date that does not exist', '2026-02-30T10:00:00Z'],
    ['a date only', '2026-12-01'],
  ])(
    'given a window start with %s, when parsed, then plannedWindow.start is an invalid instant',
    (_, start) => {
      const input = withValueAt(makeChangeRequestInput(), ['plannedWindow', 'start'], start);

      expect(errorsFor(input)).toEqual([
        expect.objectContaining({ field: 'plannedWindow.start', code: 'invalid-instant' }),
      ]);
    },
  );

  it('given an unknown time zone, when parsed, then plannedWindow.timeZone says so', () => {
    const input = withValueAt(makeChangeRequestInput(), ['plannedWindow', 'timeZone'], 'Mars/Olympus');

    expect(errorsFor(input)).toEqual([
      {
        field: 'plannedWindow.timeZone',
        code: 'invalid-time-zone',
        message: '"Mars/Olympus" is not a known IANA time zone (e.g. Europe/London, America/New_York).',
      },
    ]);
  });

  it.each([
    ['summary', 'blank', '   ', 'too-short'],
    ['summary', '256 chars', 'x'.repeat(256), 'too-long'],
    ['description', '32 001 chars', 'x'.repeat(32_001), 'too-long'],
    ['affectedSystems', 'an empty list', [], 'too-few'],
    ['changeType', '"urgent"', 'urgent', 'invalid-value'],
    ['risk', '"extreme"', 'extreme', 'invalid-value'],
    ['consequenceOfNotReleasing', 'empty', '', 'too-short'],
    ['rollbackPlan', '5 001 chars', 'x'.repeat(5_001), 'too-long'],
  ])('given %s %s, when parsed, then the field is refused', (field, _label, value, code) => {
    const errors = errorsFor(makeChangeRequestInput({ [field]: value }));

    expect(errors.map((error) => [error.field, error.code])).toEqual([[field, code]]);
    expect(errors[0]?.message).toMatch(/^[A-Z'"].*\.$/);
  });

  it.each([
    'summary',
    'affectedSystems',
    'changeType',
    'risk',
    'plannedWindow',
    'testing',
    'rollbackPlan',
    'requester',
  ])('given no %s, when parsed, then the field is required', (field) => {
    expect(errorsFor(withValueAt(makeChangeRequestInput(), [field], REMOVE))).toEqual([
      expect.objectContaining({ field, code: 'required' }),
    ]);
  });

  it('given the same system twice and a badly formed key, when parsed, then each offending entry is named', () => {
    const input = makeChangeRequestInput({
      affectedSystems: ['payments-api', 'Payments API', 'payments-api'],
    });

    expect(errorsFor(input)).toEqual([
      expect.objectContaining({ field: 'affectedSystems.1', code: 'invalid-format' }),
      {
        field: 'affectedSystems.2',
        code: 'duplicate',
        message: "The system 'payments-api' is listed more than once.",
      },
    ]);
  });

  it('given tested evidence on plain http, when parsed, then testing.evidenceUrl must be https', () => {
    const input = makeChangeRequestInput({
      testing: { tested: true, evidenceUrl: 'http://ci.acme.example/runs/1' },
    });

    expect(errorsFor(input)).toEqual([
      expect.objectContaining({ field: 'testing.evidenceUrl', code: 'invalid-format' }),
    ]);
  });

  it('given untested without a reason, when parsed, then testing.reason asks for one', () => {
    const input = makeChangeRequestInput({ testing: { tested: false, reason: ' ' } });

    expect(errorsFor(input)).toEqual([
      { field: 'testing.reason', code: 'too-short', message: 'Say why the change was not tested.' },
    ]);
  });

  it('given tested as a string, when parsed, then testing.tested is an invalid value', () => {
    const input = makeChangeRequestInput({ testing: { tested: 'yes' } });

    expect(errorsFor(input)).toEqual([
      expect.objectContaining({ field: 'testing.tested', code: 'invalid-value' }),
    ]);
  });

  it('given a linked pull request with a short SHA and a bad repository, when parsed, then both fields are named', () => {
    const input = makeChangeRequestInput({
      linkedPullRequest: {
        repository: 'payments-api',
        number: 42,
        url: 'https://github.com/acme/payments-api/pull/42',
        headSha: 'abc123',
      },
    });

    expect(errorsFor(input).map((error) => [error.field, error.code])).toEqual([
      ['linkedPullRequest.repository', 'invalid-format'],
      ['linkedPullRequest.headSha', 'invalid-format'],
    ]);
  });

  it('given a valid linked pull request with a merge SHA, when parsed, then it is kept', () => {
    const linkedPullRequest = {
      repository: 'acme/payments-api',
      number: 42,
      url: 'https://github.com/acme/payments-api/pull/42',
      headSha: 'a'.repeat(40),
      mergeSha: 'b'.repeat(40),
    };

    const result = parseChangeRequest(makeChangeRequestInput({ linkedPullRequest }));

    expect(result.ok && result.value.linkedPullRequest).toEqual(linkedPullRequest);
  });

  it('given an empty requester account id, when parsed, then requester.accountId is named', () => {
    expect(errorsFor(makeChangeRequestInput({ requester: { accountId: '' } }))).toEqual([
      expect.objectContaining({ field: 'requester.accountId', code: 'too-short' }),
    ]);
  });

  it('given something that is not an object, when parsed, then one error at the root says so', () => {
    expect(errorsFor('a change please')).toEqual([
      expect.objectContaining({ field: '', code: 'wrong-type' }),
    ]);
  });

  it('given any input at all, when parsed, then it returns a result instead of throwing', () => {
    fc.assert(
      fc.property(fc.anything(), (input) => {
        const result = parseChangeRequest(input);
        return result.ok || result.errors.length > 0;
      }),
    );
  });
});
