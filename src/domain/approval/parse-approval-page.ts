import { type z } from 'zod';
import { JsmApprovalPageSchema, type JsmApprovalPage } from './jsm-approval-schema';

export type ParseApprovalPageResult =
  { readonly ok: true; readonly value: JsmApprovalPage } | { readonly ok: false; readonly message: string };

/**
 * Validates a JSM approval page at the boundary (docs/architecture.md: every boundary validates). Bad input is an
 * expected outcome, so it is returned as a value with one message naming every offending path.
 */
export function parseApprovalPage(json: unknown): ParseApprovalPageResult {
  const result = JsmApprovalPageSchema.safeParse(json);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    message: `Unexpected JSM approval page: ${result.error.issues.map(describeIssue).join('; ')}`,
  };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.map((segment) =>
    typeof segment === 'number' ? `[${segment}]` : `.${String(segment)}`,
  );
  const where = path.join('').replace(/^\./, '');
  return where === '' ? issue.message : `${where}: ${issue.message}`;
}
