/**
 * What a policy YAML document may be before it is parsed: a size, a number of entries and of aliases far
 * above any real policy, checked on the document's tokens (linear, no document built), so a hostile document
 * is refused in milliseconds instead of holding the invocation (a "billion laughs" alias bomb, a map of tens
 * of thousands of keys). Each refusal is a field error naming what is too large.
 */
import { CST, Lexer } from 'yaml';
import type { FieldError } from '../shared/field-error';

export const POLICY_YAML_LIMITS = {
  /** The same cap as the admin page's import (src/shared/contract-schemas.ts). */
  maxChars: 200_000,
  /** Map keys and list items together; a large policy (hundreds of systems and logins) has a few thousand. */
  maxEntries: 10_000,
  /** `*name` references; also the yaml library's `maxAliasCount` when the document is turned into data. */
  maxAliases: 100,
} as const;

/** The codes of these refusals, so the import can say at once what was wrong. */
export const YAML_LIMIT_CODES: readonly string[] = [
  'yaml-too-large',
  'yaml-too-many-entries',
  'yaml-too-many-aliases',
];

/** Tokens that start a map entry or a list item: `key:`, `? key`, `- item`, and `,` in flow collections. */
const ENTRY_TOKENS = new Set(['map-value-ind', 'explicit-key-ind', 'seq-item-ind', 'comma']);

/** The first limit the document exceeds, or null. */
export function policyYamlLimitProblem(text: string): FieldError | null {
  const { maxChars, maxEntries, maxAliases } = POLICY_YAML_LIMITS;
  if (text.length > maxChars) {
    return problem(
      'yaml-too-large',
      `The YAML document has ${spaced(text.length)} characters; at most ${spaced(maxChars)} characters are accepted.`,
    );
  }
  let entries = 0;
  let aliases = 0;
  for (const token of new Lexer().lex(text)) {
    const type = CST.tokenType(token);
    if (type === 'alias') aliases += 1;
    else if (type !== null && ENTRY_TOKENS.has(type)) entries += 1;
  }
  if (aliases > maxAliases) {
    return problem(
      'yaml-too-many-aliases',
      `The YAML document uses ${spaced(aliases)} aliases (*name); at most ${spaced(maxAliases)} are accepted. Write the values out instead.`,
    );
  }
  if (entries > maxEntries) {
    return problem(
      'yaml-too-many-entries',
      `The YAML document has ${spaced(entries)} keys and list items; at most ${spaced(maxEntries)} are accepted.`,
    );
  }
  return null;
}

/** What the yaml library's `maxAliasCount` refusal means for the person importing. */
export const ALIAS_EXPANSION_PROBLEM = problem(
  'yaml-too-many-aliases',
  'The YAML aliases (*name) expand into far more data than a policy holds (an alias bomb?); write the values out instead.',
);

function problem(code: string, message: string): FieldError {
  return { field: '', code, message };
}

/** 28000 -> "28 000", as the admin page writes numbers. */
function spaced(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
}
