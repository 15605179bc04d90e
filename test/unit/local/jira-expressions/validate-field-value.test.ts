import { parseJiraExpression, validateFieldValue } from '../../../../local/jira/expressions';
import { makeValidationVariables } from './make-validation-variables';

const ERROR_MESSAGE = 'Only values between 0 and 100 are allowed.';

function validate(expression: string, value: unknown) {
  return validateFieldValue(
    parseJiraExpression(expression),
    ERROR_MESSAGE,
    makeValidationVariables({ value }),
  );
}

describe('validateFieldValue', () => {
  // Forge docs, jira-custom-field "Validation example 1".
  const example = 'value == null || value >= 0 && value <= 100';

  it.each([null, 0, 50, 100])(
    'given %p for the documented example, when validated, then it is allowed',
    (value) => {
      expect(validate(example, value)).toEqual({ ok: true });
    },
  );

  it.each([-1, 100.5])(
    'given %p for the documented example, when validated, then errorMessage is shown',
    (value) => {
      expect(validate(example, value)).toEqual({
        ok: false,
        message: ERROR_MESSAGE,
        reason: 'false',
        detail: null,
      });
    },
  );

  it('given an expression that returns a String, when validated, then that String is the message', () => {
    const expression = "value == null || value <= 100 ? true : 'At most 100, got ' + value";

    expect(validate(expression, 250)).toEqual({
      ok: false,
      message: 'At most 100, got 250',
      reason: 'message',
      detail: null,
    });
  });

  it('given an expression that returns the empty String, when validated, then the edit is refused with it', () => {
    expect(validate("''", 1)).toEqual({ ok: false, message: '', reason: 'message', detail: null });
  });

  it.each([
    ['null', 'null', 'Null'],
    ['a Number', 'value', 'Number'],
    ['a List', '[true]', 'List'],
    ['a Map', 'issue', 'Map'],
    ['a Date', 'new Date(value)', 'Date'],
  ])(
    'given an expression that returns %s, when validated, then errorMessage is shown (inferred)',
    (_label, expression, type) => {
      expect(validate(expression, 5)).toEqual({
        ok: false,
        message: ERROR_MESSAGE,
        reason: 'non-boolean-result',
        detail: `The validation expression returned ${type}, not a Boolean or a String.`,
      });
    },
  );

  it('given an expression that fails to evaluate, when validated, then errorMessage is shown with the detail (inferred)', () => {
    expect(validate('value.amount > 0', null)).toEqual({
      ok: false,
      message: ERROR_MESSAGE,
      reason: 'evaluation-error',
      detail: 'Evaluation failed: "value.amount" - Type null does not have any properties.',
    });
  });
});
