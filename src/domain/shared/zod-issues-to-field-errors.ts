import { type z } from 'zod';
import { fieldError, type FieldError, type ParseResult } from './field-error';

type Issue = z.core.$ZodIssue;

/**
 * Parses with zod and turns its issues into FieldErrors. Schema-level messages win (zod's precedence);
 * `defaultMessage` only fills in for checks that carry no message of their own, so every error reads
 * as a sentence instead of zod's "Invalid input".
 */
export function parseWithSchema<T>(schema: z.ZodType<T>, input: unknown): ParseResult<T> {
  const result = schema.safeParse(input, { reportInput: true, error: defaultMessage });
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, errors: result.error.issues.flatMap((issue) => toFieldErrors(issue, [])) };
}

function toFieldErrors(issue: Issue, prefix: readonly PropertyKey[]): FieldError[] {
  const path = [...prefix, ...issue.path];
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    // A union's issue says only "no branch matched". Report the branch that came closest (fewest issues;
    // the first branch on ties) so the person sees the one thing to fix, not every alternative.
    const closest = issue.errors.reduce((best, branch) => (branch.length < best.length ? branch : best));
    return closest.flatMap((inner) => toFieldErrors(inner, path));
  }
  return [fieldError(path, stableCode(issue), issue.message)];
}

function stableCode(issue: Issue): string {
  if (issue.code !== 'custom' && issue.input === undefined) return 'required';
  switch (issue.code) {
    case 'invalid_type':
      // z.never() marks fields that exist only to be refused (e.g. silence-is-consent for emergencies).
      return issue.expected === 'never' ? 'not-allowed' : 'wrong-type';
    case 'too_small':
      return issue.origin === 'string' ? 'too-short' : issue.origin === 'array' ? 'too-few' : 'too-small';
    case 'too_big':
      return issue.origin === 'string' ? 'too-long' : issue.origin === 'array' ? 'too-many' : 'too-large';
    case 'invalid_format':
      return 'invalid-format';
    case 'invalid_value':
    case 'invalid_union':
      // A union left here has no branch to descend into: a discriminator with an unknown value.
      return 'invalid-value';
    case 'unrecognized_keys':
      return 'unknown-field';
    case 'custom': {
      const code: unknown = issue.params?.['code'];
      return typeof code === 'string' ? code : 'invalid';
    }
    default:
      return 'invalid';
  }
}

function defaultMessage(issue: z.core.$ZodRawIssue): string {
  const field = issue.path && issue.path.length > 0 ? `'${issue.path.map(String).join('.')}'` : 'The value';
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `${field} is required.`
        : `${field} must be ${article(issue.expected)} (got ${describe(issue.input)}).`;
    case 'too_small':
      return issue.origin === 'string'
        ? Number(issue.minimum) <= 1
          ? `${field} must not be empty.`
          : `${field} must be at least ${String(issue.minimum)} characters long.`
        : issue.origin === 'array'
          ? `${field} needs at least ${String(issue.minimum)} ${Number(issue.minimum) === 1 ? 'entry' : 'entries'}.`
          : `${field} must be at least ${String(issue.minimum)}.`;
    case 'too_big':
      return issue.origin === 'string'
        ? `${field} must be at most ${String(issue.maximum)} characters long.`
        : issue.origin === 'array'
          ? `${field} can have at most ${String(issue.maximum)} entries.`
          : `${field} must be at most ${String(issue.maximum)}.`;
    case 'invalid_value':
      return `${field} must be one of: ${issue.values.map((value) => JSON.stringify(value)).join(', ')}.`;
    case 'unrecognized_keys':
      return `Unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `'${key}'`).join(', ')}: remove ${issue.keys.length > 1 ? 'them' : 'it'} or check the spelling.`;
    case 'invalid_format':
      return `${field} is not a valid ${issue.format}.`;
    default:
      return `${field} is not valid.`;
  }
}

function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

function describe(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'a list';
  return typeof input === 'string' ? `the text ${JSON.stringify(input.slice(0, 40))}` : typeof input;
}
