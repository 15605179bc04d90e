import {
  evaluate,
  type FieldValidationResult,
  parseJiraExpression,
  validateFieldValue,
} from '../../../../local/jira/expressions';
import { makeValidationVariables } from './make-validation-variables';
import { manifestCustomFields, validationOf } from './manifest-field-expressions';

/** Runs a field's real manifest validation against one value being set. */
function validate(moduleKey: string, value: unknown): FieldValidationResult {
  const { expression, errorMessage } = validationOf(moduleKey);
  return validateFieldValue(
    parseJiraExpression(expression),
    errorMessage,
    makeValidationVariables({ value }),
  );
}

const refusedWith = (moduleKey: string) => ({
  ok: false,
  message: validationOf(moduleKey).errorMessage,
  reason: 'false',
  detail: null,
});

describe('manifest.yml validation expressions', () => {
  it('given every custom field expression in the manifest, when parsed, then none is outside the subset', () => {
    const expressions = manifestCustomFields().flatMap((field) => [
      ...(field.edit?.validation ? [field.edit.validation.expression] : []),
      ...(field.view?.formatter ? [field.view.formatter.expression] : []),
    ]);

    expect(expressions.length).toBeGreaterThanOrEqual(10);
    for (const expression of expressions) expect(() => parseJiraExpression(expression)).not.toThrow();
  });

  describe.each([
    ['cab-change-type', ['standard', 'normal', 'emergency']],
    ['cab-risk', ['low', 'medium', 'high', 'critical']],
  ])('%s', (moduleKey, allowed) => {
    it.each(allowed)('given %p, when validated, then the edit is allowed', (value) => {
      expect(validate(moduleKey, value)).toEqual({ ok: true });
    });

    it('given an empty field (null), when validated, then the edit is allowed', () => {
      expect(validate(moduleKey, null)).toEqual({ ok: true });
    });

    it.each([
      ['another word', 'severe'],
      ['a different case', allowed[0]?.toUpperCase()],
      ['surrounding whitespace', ` ${allowed[0] ?? ''} `],
      ['the empty string', ''],
      ['a Number (no coercion)', 1],
      ['a List holding an allowed value', [allowed[0]]],
      ['a Map', { value: allowed[0] }],
    ])('given %s, when validated, then the manifest errorMessage is shown', (_label, value) => {
      expect(validate(moduleKey, value)).toEqual(refusedWith(moduleKey));
    });
  });

  describe('cab-change-window', () => {
    const window = (start: unknown, end: unknown) => ({ start, end, timeZone: 'Europe/London' });

    it.each([
      ['an end an hour after the start', window('2025-03-01T09:00:00Z', '2025-03-01T10:00:00Z')],
      [
        'Jira REST date-times with milliseconds',
        window('2025-03-01T09:00:00.000+0000', '2025-03-01T09:00:00.001+0000'),
      ],
      ['offsets that put the end later in UTC', window('2025-03-01T10:00:00+01:00', '2025-03-01T09:30:00Z')],
      ['an empty field (null)', null],
    ])('given %s, when validated, then the edit is allowed', (_label, value) => {
      expect(validate('cab-change-window', value)).toEqual({ ok: true });
    });

    it.each([
      ['an end equal to the start', window('2025-03-01T09:00:00Z', '2025-03-01T09:00:00Z')],
      ['an end before the start', window('2025-03-01T10:00:00Z', '2025-03-01T09:00:00Z')],
      [
        'offsets that put the end earlier in UTC',
        window('2025-03-01T10:00:00-01:00', '2025-03-01T10:30:00Z'),
      ],
    ])('given %s, when validated, then the manifest errorMessage is shown', (_label, value) => {
      expect(validate('cab-change-window', value)).toEqual(refusedWith('cab-change-window'));
    });

    it.each([
      ['a missing end key', { start: '2025-03-01T09:00:00Z', timeZone: 'UTC' }, 'from Null'],
      ['an end that is not a date', window('2025-03-01T09:00:00Z', 'next Tuesday'), "'next Tuesday'"],
      ['a date-time without an offset', window('2025-03-01T09:00:00', '2025-03-01T10:00:00Z'), 'offset'],
      ['an impossible day', window('2025-02-30T09:00:00Z', '2025-03-01T10:00:00Z'), '2025-02-30'],
    ])(
      'given %s, when validated, then the edit is refused as an evaluation error',
      (_label, value, detail) => {
        const result = validate('cab-change-window', value);

        expect(result).toMatchObject({
          ok: false,
          message: validationOf('cab-change-window').errorMessage,
          reason: 'evaluation-error',
        });
        expect(result.ok ? '' : result.detail).toContain(detail);
      },
    );
  });

  describe('cab-test-evidence', () => {
    it.each([
      ['tested with an https link', { tested: true, evidenceUrl: 'https://ci.example.com/runs/42' }],
      ['not tested, with a reason', { tested: false, reason: 'Config-only change; no test environment.' }],
      ['not tested, with a reason and a stray link', { tested: false, reason: 'Hotfix', evidenceUrl: 'x' }],
      ['an empty field (null)', null],
    ])('given %s, when validated, then the edit is allowed', (_label, value) => {
      expect(validate('cab-test-evidence', value)).toEqual({ ok: true });
    });

    it.each([
      ['tested with an http link', { tested: true, evidenceUrl: 'http://ci.example.com/runs/42' }],
      ['tested with no link (the null check short-circuits)', { tested: true }],
      ['tested with a link that only contains https://', { tested: true, evidenceUrl: 'see https://ci' }],
      ['not tested, with a blank reason', { tested: false, reason: '  \n\t ' }],
      ['not tested, with no reason', { tested: false }],
      ['not tested, with only a link', { tested: false, evidenceUrl: 'https://ci.example.com/runs/42' }],
      ['no tested flag (null is falsy) and no reason', {}],
    ])('given %s, when validated, then the manifest errorMessage is shown', (_label, value) => {
      expect(validate('cab-test-evidence', value)).toEqual(refusedWith('cab-test-evidence'));
    });

    it('given a link that is a Number, when validated, then the edit is refused as an evaluation error', () => {
      const result = validate('cab-test-evidence', { tested: true, evidenceUrl: 42 });

      expect(result).toMatchObject({ ok: false, reason: 'evaluation-error' });
      expect(result.ok ? '' : result.detail).toContain('Number does not have a method startsWith()');
    });
  });

  describe.each(['cab-consequence', 'cab-rollback-plan'])('%s', (moduleKey) => {
    it.each([
      ['some text', { text: 'Customers wait a week for the fix.' }],
      ['text with surrounding whitespace', { text: '  Roll back the deploy.\n' }],
      ['an empty field (null), so `value.text` is never read', null],
    ])('given %s, when validated, then the edit is allowed', (_label, value) => {
      expect(validate(moduleKey, value)).toEqual({ ok: true });
    });

    it.each([
      ['empty text', { text: '' }],
      ['whitespace only', { text: ' \t\r\n\u00a0' }],
    ])('given %s, when validated, then the manifest errorMessage is shown', (_label, value) => {
      expect(validate(moduleKey, value)).toEqual(refusedWith(moduleKey));
    });

    it.each([
      ['a missing text key', {}, '"value.text.trim()" - Type null does not have any properties.'],
      ['text that is a Number', { text: 42 }, 'Number does not have a method trim()'],
      ['a String instead of a Map', 'just text', 'String does not have a property text'],
    ])(
      'given %s, when validated, then the edit is refused as an evaluation error',
      (_label, value, detail) => {
        const result = validate(moduleKey, value);

        expect(result).toMatchObject({ ok: false, message: validationOf(moduleKey).errorMessage });
        expect(result.ok ? null : [result.reason, result.detail]).toEqual([
          'evaluation-error',
          expect.stringContaining(detail),
        ]);
      },
    );
  });
});

describe('manifest.yml formatter expressions', () => {
  function format(moduleKey: string, value: unknown) {
    const expression = manifestCustomFields().find((field) => field.key === moduleKey)?.view?.formatter
      ?.expression;
    if (expression === undefined) throw new Error(`manifest.yml has no formatter for ${moduleKey}`);
    return evaluate(parseJiraExpression(expression, { variables: ['value'] }), { value });
  }

  it.each([
    [
      'cab-change-window',
      { start: '2025-03-01T09:00', end: '2025-03-01T10:00', timeZone: 'Europe/London' },
      '2025-03-01T09:00 to 2025-03-01T10:00 (Europe/London)',
    ],
    ['cab-test-evidence', { tested: true, evidenceUrl: 'https://ci/run/1' }, 'Tested: https://ci/run/1'],
    ['cab-test-evidence', { tested: true }, 'Tested: no link'],
    ['cab-test-evidence', { tested: false }, 'Not tested: no reason given'],
    ['cab-consequence', { text: 'Customers wait.' }, 'Customers wait.'],
    ['cab-linked-pull-request', { repository: 'acme/payments-api', number: 42 }, 'acme/payments-api#42'],
    ['cab-rollback-plan', null, ''],
  ])('given %s with %j, when formatted, then it reads %p', (moduleKey, value, text) => {
    expect(format(moduleKey, value)).toEqual({ kind: 'value', value: text });
  });
});
