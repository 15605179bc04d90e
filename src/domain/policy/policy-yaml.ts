import { isNode, LineCounter, parseDocument, stringify } from 'yaml';
import { type FieldError, type ParseResult } from '../shared/field-error';
import { parsePolicy } from './parse-policy';
import { type Policy } from './policy-schema';

/** The policy as YAML for export and hand editing (docs/architecture.md). */
export function policyToYaml(policy: Policy): string {
  return stringify(policy, { lineWidth: 110 });
}

/**
 * Reads a YAML policy. Syntax errors become one FieldError each with the line; validation errors
 * get the line of the offending node too, so the admin page can point into the text.
 */
export function policyFromYaml(text: string): ParseResult<Policy> {
  const lineCounter = new LineCounter();
  // uniqueKeys (the default) turns a repeated key into an error instead of silently keeping the last one.
  const document = parseDocument(text, { lineCounter, prettyErrors: false });
  if (document.errors.length > 0) {
    return {
      ok: false,
      errors: document.errors.map((error): FieldError => {
        const line = lineCounter.linePos(error.pos[0]).line;
        return {
          field: '',
          code: 'yaml-syntax',
          line,
          message: `YAML syntax error on line ${line}: ${firstLine(error.message)}`,
        };
      }),
    };
  }
  const result = parsePolicy(document.toJS());
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

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
