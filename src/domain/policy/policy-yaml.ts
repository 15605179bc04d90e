import { isNode, isScalar, LineCounter, parseDocument, stringify, visit, type Document } from 'yaml';
import { type FieldError, type ParseResult } from '../shared/field-error';
import { parsePolicy } from './parse-policy';
import { type Policy } from './policy-schema';
import { ALIAS_EXPANSION_PROBLEM, POLICY_YAML_LIMITS, policyYamlLimitProblem } from './policy-yaml-limits';

/** The policy as YAML for export and hand editing (docs/architecture.md). */
export function policyToYaml(policy: Policy): string {
  return stringify(policy, { lineWidth: 110 });
}

/**
 * Reads a YAML policy. A document beyond the limits is refused before it is parsed
 * (policy-yaml-limits.ts). Syntax errors become one FieldError each with the line; validation errors
 * get the line of the offending node too, so the admin page can point into the text.
 */
export function policyFromYaml(text: string): ParseResult<Policy> {
  const tooMuch = policyYamlLimitProblem(text);
  if (tooMuch !== null) return { ok: false, errors: [tooMuch] };
  const lineCounter = new LineCounter();
  // The library's own key check compares every key with every other one, quadratic in a map's size:
  // repeated keys are found here in one pass instead (repeatedKeyOffsets), and still refused.
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const syntax = [
    ...document.errors.map((error) => ({ offset: error.pos[0], message: firstLine(error.message) })),
    ...repeatedKeyOffsets(document).map((offset) => ({ offset, message: 'Map keys must be unique' })),
  ];
  if (syntax.length > 0) {
    return {
      ok: false,
      errors: syntax.map(({ offset, message }): FieldError => {
        const line = lineCounter.linePos(offset).line;
        return {
          field: '',
          code: 'yaml-syntax',
          line,
          message: `YAML syntax error on line ${line}: ${message}`,
        };
      }),
    };
  }
  let data: unknown;
  try {
    data = document.toJS({ maxAliasCount: POLICY_YAML_LIMITS.maxAliases });
  } catch (error) {
    // The library throws ReferenceError for an alias that expands too far ("Excessive alias count ...") and
    // for one whose anchor is not defined before it: both are the document's fault, so both are answers.
    if (!(error instanceof ReferenceError)) throw error;
    if (/excessive alias count/i.test(error.message)) return { ok: false, errors: [ALIAS_EXPANSION_PROBLEM] };
    const message = `YAML alias error: ${firstLine(error.message)}`;
    return { ok: false, errors: [{ field: '', code: 'yaml-syntax', message }] };
  }
  const result = parsePolicy(data);
  if (result.ok) return result;
  return {
    ok: false,
    errors: result.errors.map((error) => {
      const path =
        error.field === ''
          ? []
          : error.field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
      const node: unknown = document.getIn(path, true);
      const offset = isNode(node) ? node.range?.[0] : undefined;
      return offset === undefined ? error : { ...error, line: lineCounter.linePos(offset).line };
    }),
  };
}

/** Where a scalar key repeats an earlier key of the same map (keys compared as the library compares them). */
function repeatedKeyOffsets(document: Document.Parsed): number[] {
  const offsets: number[] = [];
  visit(document, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        if (seen.has(pair.key.value)) offsets.push(pair.key.range?.[0] ?? 0);
        seen.add(pair.key.value);
      }
    },
  });
  return offsets;
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
