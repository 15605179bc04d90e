import {
  evaluate,
  type EvaluationOutcome,
  parseJiraExpression,
  toJson,
} from '../../../../local/jira/expressions';
import { makeValidationVariables } from './make-validation-variables';

/** Evaluates in the validation context, with `value` (and any other variable) overridden. */
function run(
  source: string,
  overrides: Parameters<typeof makeValidationVariables>[0] = {},
): EvaluationOutcome {
  return evaluate(parseJiraExpression(source), { ...makeValidationVariables(overrides) });
}

function valueOf(source: string, overrides: Parameters<typeof makeValidationVariables>[0] = {}): unknown {
  const outcome = run(source, overrides);
  if (outcome.kind === 'error') throw new Error(`'${source}' failed: ${outcome.message}`);
  return toJson(outcome.value);
}

function errorOf(source: string, overrides: Parameters<typeof makeValidationVariables>[0] = {}): string {
  const outcome = run(source, overrides);
  if (outcome.kind === 'value') throw new Error(`'${source}' did not fail`);
  return outcome.message;
}

describe('evaluateJiraExpression', () => {
  describe('literals', () => {
    it.each([
      ["'single'", 'single'],
      ['"double"', 'double'],
      ["'it\\'s'", "it's"],
      ['"say \\"hi\\""', 'say "hi"'],
      ["'a\\nb\\tc\\\\'", 'a\nb\tc\\'],
      ["'\\u00e9t\\u00e9'", 'été'],
      ['42', 42],
      ['0.5', 0.5],
      ['1e3', 1000],
      ['true', true],
      ['false', false],
      ['null', null],
      ["[1, 'two', null, [true]]", [1, 'two', null, [true]]],
      ['[]', []],
    ])('given %s, when evaluated, then it is %j', (source, expected) => {
      expect(valueOf(source)).toEqual(expected);
    });
  });

  describe('precedence and associativity (JavaScript order)', () => {
    it.each([
      ['true || false && false', true],
      ['(true || false) && false', false],
      ['!true == false', true],
      ['!(true == false)', true],
      ['1 + 2 == 3', true],
      ['1 < 2 == true', true],
      ["'a' + 1 + 2", 'a12'],
      ["1 + 2 + 'a'", '3a'],
      ["false ? 'a' : true ? 'b' : 'c'", 'b'],
      ["true ? false ? 'a' : 'b' : 'c'", 'b'],
      ["false || true ? 'then' : 'else'", 'then'],
      ["value == null || value.length > 3 ? 'short-circuit' : 'else'", 'short-circuit'],
    ])('given %s, when evaluated, then it is %j', (source, expected) => {
      expect(valueOf(source)).toEqual(expected);
    });
  });

  describe('short-circuit', () => {
    it.each([
      ['value == null || value.text.trim().length > 0', true],
      ['value != null && value.text.length > 0', false],
      ['false && value.text', false],
      ['true || value.text', true],
      ["value == null ? 'none' : value.text", 'none'],
      ["value != null ? value.text : 'none'", 'none'],
    ])(
      'given a null value and %s, when evaluated, then the guarded side is never read',
      (source, expected) => {
        expect(valueOf(source, { value: null })).toEqual(expected);
      },
    );

    it('given && and || on non-Booleans, when evaluated, then the deciding operand is the result (inferred)', () => {
      expect([
        valueOf("null || 'x'"),
        valueOf("'a' && 'b'"),
        valueOf("'' && 'b'"),
        valueOf('0 || null'),
      ]).toEqual(['x', 'b', '', null]);
    });
  });

  describe('equality (no coercion)', () => {
    it.each([
      ["1 == '1'", false],
      ['null == false', false],
      ["null == ''", false],
      ['0 == false', false],
      ['null == null', true],
      ["'a' != 'A'", true],
      ['1 == 1.0', true],
      ['[1, [2]] == [1, [2]]', true],
      ['[1, 2] == [2, 1]', false],
      ['[1] != [1]', false],
    ])('given %s, when evaluated, then it is %j', (source, expected) => {
      expect(valueOf(source)).toEqual(expected);
    });

    it('given two Maps with the same keys and values, when compared, then they are equal', () => {
      expect(valueOf('issue == project', { issue: { a: 1, b: [2] }, project: { b: [2], a: 1 } })).toBe(true);
      expect(valueOf('issue == project', { issue: { a: 1 }, project: { a: 1, b: null } })).toBe(false);
    });

    it('given two Dates at the same instant, when compared, then they are equal', () => {
      expect(valueOf("new Date('2025-03-01T10:00:00+01:00') == new Date('2025-03-01T09:00:00Z')")).toBe(true);
    });
  });

  describe('comparison', () => {
    it.each([
      ['1 < 2', true],
      ['2 <= 2', true],
      ['3 >= 4', false],
      ["'abc' < 'bbc'", true],
      ["'abc' < 'abcd'", true],
      ["'B' < 'a'", true],
      ["new Date('2025-01-01T00:00:00Z') < new Date('2025-01-02T00:00:00Z')", true],
    ])('given %s, when evaluated, then it is %j', (source, expected) => {
      expect(valueOf(source)).toEqual(expected);
    });

    it.each([
      ["1 < '2'", "Can't compare Number to String."],
      ['value > 0', "Can't compare Null to Number."],
      ['true > false', "Can't compare Boolean to Boolean."],
      ['[1] < [2]', "Can't compare List to List."],
    ])('given %s, when evaluated, then it is an evaluation error', (source, message) => {
      expect(errorOf(source, { value: null })).toContain(message);
    });
  });

  describe('+', () => {
    it.each([
      ['1 + 2', 3],
      ["'n=' + 1.5", 'n=1.5'],
      ["'b=' + true", 'b=true'],
      ["value.repository + '#' + value.number", 'acme/api#7'],
    ])('given %s, when evaluated, then it is %j', (source, expected) => {
      expect(valueOf(source, { value: { repository: 'acme/api', number: 7 } })).toEqual(expected);
    });

    it.each([
      ["'x' + null", "Can't add String and Null."],
      ['1 + true', "Can't add Number and Boolean."],
      ["'x' + [1]", "Can't add String and List."],
      ["'x' + value", "Can't add String and Map."],
    ])(
      'given %s, when evaluated, then it is an evaluation error (inferred, stricter than JavaScript)',
      (source, message) => {
        expect(errorOf(source, { value: {} })).toContain(message);
      },
    );
  });

  describe('truthiness (inferred: JavaScript rules)', () => {
    it.each([
      ['!null', true],
      ["!''", true],
      ['!0', true],
      ["!'a'", false],
      ['![]', false],
      ['!value', false],
      ["value.tested ? 'yes' : 'no'", 'no'],
      ['!!value.tested', false],
    ])('given a Map value and %s, when evaluated, then it is %j', (source, expected) => {
      expect(valueOf(source, { value: {} })).toEqual(expected);
    });
  });

  describe('member access', () => {
    it('given a Map, when a missing key is read, then it is null (inferred)', () => {
      expect(valueOf('value.missing == null', { value: { text: 'a' } })).toBe(true);
      expect(valueOf("value['missing']", { value: { text: 'a' } })).toBeNull();
    });

    it('given a key with special characters, when read with computed access, then it is found', () => {
      expect(valueOf("value['com.acme.risk-level']", { value: { 'com.acme.risk-level': 'high' } })).toBe(
        'high',
      );
    });

    it('given keys that look like keywords or methods, when read as properties, then they are Map keys', () => {
      expect(valueOf('value.new + value.length', { value: { new: 'a', length: 'b' } })).toBe('ab');
    });

    it('given a computed key expression, when read, then the key is evaluated first', () => {
      expect(valueOf("value['te' + 'xt']", { value: { text: 'found' } })).toBe('found');
    });

    it.each([
      ['null', 'value.text', '"value.text" - Type null does not have any properties.'],
      ['null, read by key', "value['text']", `"value['text']" - Type null does not have any properties.`],
      ['nested null', 'value.a.b', '"value.a.b" - Type null does not have any properties.'],
      ['a String', 'fieldId.text', '"fieldId.text" - String does not have a property text.'],
      ['a Number', 'issue.id.value', '"issue.id.value" - Number does not have a property value.'],
      ['a Map, by a Number', 'value[1]', '"value[1]" - A Map key must be a String, got Number.'],
    ])('given %s, when a property is read, then it is an evaluation error', (_label, source, message) => {
      expect(
        errorOf(source, { value: source === 'value.a.b' ? { a: null } : source === 'value[1]' ? {} : null }),
      ).toBe(`Evaluation failed: ${message}`);
    });

    it('given Strings and Lists, when length is read, then it counts characters or items', () => {
      expect(valueOf("'abc'.length + [1, 2].length + value.length", { value: ['x'] })).toBe(6);
    });

    it('given a List, when indexed, then items are read and outside indexes are null (inferred)', () => {
      expect(valueOf('[10, 20][1]')).toBe(20);
      expect(valueOf('[10, 20][2]')).toBeNull();
      expect(valueOf('[10, 20][0.5]')).toBeNull();
    });
  });

  describe('methods', () => {
    it.each([
      ["'  a b \\n'.trim()", 'a b'],
      ["'MiXed'.toLowerCase()", 'mixed'],
      ["'MiXed'.toUpperCase()", 'MIXED'],
      ["'https://ci'.startsWith('https://')", true],
      ["'http://ci'.startsWith('https://')", false],
      ["'report.pdf'.endsWith('.pdf')", true],
      ["'rollback plan'.includes('back')", true],
      ["['a', 'b'].includes('b')", true],
      ["['a', 'b'].includes('B')", false],
      ['[1, [2]].includes([2])', true],
      ["['1'].includes(1)", false],
      ['new Date(0).getTime()', 0],
      ["new Date('2025-03-01T09:30:00.5Z').getTime()", Date.UTC(2025, 2, 1, 9, 30, 0, 500)],
      ["new Date('2025-03-01T09:30+0130').getTime()", Date.UTC(2025, 2, 1, 8, 0)],
    ])('given %s, when evaluated, then it is %j', (source, expected) => {
      expect(valueOf(source)).toEqual(expected);
    });

    it.each([
      ['value.trim()', 'null', '"value.trim()" - Type null does not have any properties.'],
      ["value.startsWith('a')", 'a List', 'List does not have a method startsWith().'],
      ["'abc'.startsWith(1)", 'a String', 'String.startsWith() expects a String, got Number.'],
      ["'abc'.startsWith('a', 1)", 'a String', 'String.startsWith() takes 1 argument, got 2.'],
      ["'abc'.trim('x')", 'a String', 'String.trim() takes 0 arguments, got 1.'],
      ["'abc'.getTime()", 'a String', 'String does not have a method getTime().'],
      ["new Date('2025-03-01T09:30:00Z').trim()", 'a Date', 'Date does not have a method trim().'],
      ["new Date('2025-13-01T09:30:00Z')", 'an impossible month', 'is not an ISO 8601 date-time'],
      ['new Date(true)', 'a Boolean', "new Date() can't be created from Boolean."],
    ])('given %s on %s, when evaluated, then it is an evaluation error', (source, _label, message) => {
      expect(errorOf(source, { value: source.startsWith('value.startsWith') ? ['a'] : null })).toContain(
        message,
      );
    });
  });

  describe('context variables', () => {
    it('given the validation context, when its variables are read, then they come from the caller', () => {
      expect(valueOf("fieldId + ' on ' + issue.key + ' in ' + project.key + ' by ' + user.displayName")).toBe(
        'customfield_10050 on CAB-1 in CAB by Riley Requester',
      );
    });

    it('given issue creation with no issue yet, when the Forge docs guard is used, then it is true', () => {
      expect(valueOf('issue == null || issue.id == null', { issue: null })).toBe(true);
    });

    it('given a variable the caller did not supply, when evaluated, then it throws (a caller bug)', () => {
      expect(() => evaluate(parseJiraExpression('value == null'), { fieldId: 'customfield_1' })).toThrow(
        "The Jira expression reads 'value', which the caller did not supply.",
      );
    });

    it('given a variable that is not JSON, when evaluated, then it throws (a caller bug)', () => {
      expect(() => evaluate(parseJiraExpression('value == null'), { value: { at: new Map() } })).toThrow(
        TypeError,
      );
    });

    it('given a JavaScript Date in a variable, when read, then it is a Jira Date', () => {
      const at = new Date('2025-03-01T09:30:00Z');

      expect(valueOf('value.getTime()', { value: at })).toBe(at.getTime());
    });
  });
});
