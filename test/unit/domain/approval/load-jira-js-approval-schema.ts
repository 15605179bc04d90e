import path from 'node:path';

interface SafeParser {
  safeParse(value: unknown): { success: boolean };
}

function isSafeParser(value: unknown): value is SafeParser {
  return (
    typeof value === 'object' &&
    value !== null &&
    'safeParse' in value &&
    typeof value.safeParse === 'function'
  );
}

/**
 * jira.js 6 is ESM-only with an `import`-only exports map, which jest's CommonJS resolver cannot follow; load
 * its generated PagedApprovalSchema by file path so fixtures are checked against Atlassian's spec shape.
 */
export async function loadJiraJsPagedApprovalSchema(): Promise<SafeParser> {
  const file = path.join(
    __dirname,
    '../../../../node_modules/jira.js/dist/serviceDesk/models/pagedApproval.js',
  );
  const loaded: unknown = await import(file);
  const schema: unknown =
    typeof loaded === 'object' && loaded !== null && 'PagedApprovalSchema' in loaded
      ? loaded.PagedApprovalSchema
      : undefined;
  if (!isSafeParser(schema)) throw new Error('jira.js PagedApprovalSchema not found');
  return schema;
}
