import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import { APP_ROOT } from '../support/app-files';

const LintResultsSchema = z.array(
  z.object({ messages: z.array(z.object({ ruleId: z.string().nullable(), message: z.string() })) }),
);
type LintResult = z.infer<typeof LintResultsSchema>[number];

/**
 * Proves the layer rule (docs/architecture.md, "Layers") with the project's real ESLint config: a probe file is written into
 * the layer, linted by the ESLint CLI (as `npm run lint` does), and removed. The CLI runs in a child process
 * because ESLint loads its flat config with a dynamic import, which jest's CommonJS runtime cannot do.
 */
function lintProbe(relativeDir: string, source: string): LintResult {
  const file = join(APP_ROOT, relativeDir, `layer-probe-${randomUUID().slice(0, 8)}.ts`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, source);
  try {
    const run = spawnSync(join(APP_ROOT, 'node_modules', '.bin', 'eslint'), ['--format', 'json', file], {
      cwd: APP_ROOT,
      encoding: 'utf8',
    });
    const [result] = LintResultsSchema.parse(JSON.parse(run.stdout));
    if (result === undefined) throw new Error(`ESLint returned no result for ${file}: ${run.stderr}`);
    return result;
  } finally {
    rmSync(file, { force: true });
  }
}

const restrictedImports = (result: LintResult) =>
  result.messages
    .filter((message) => message.ruleId === 'no-restricted-imports')
    .map((message) => message.message);

describe('layer rule', () => {
  it('fails when a src/domain file imports @forge/api', () => {
    const result = lintProbe('src/domain', "import api from '@forge/api';\nexport const probe = api;\n");
    expect(restrictedImports(result)).toEqual([expect.stringContaining('src/domain is pure')]);
  });

  it('fails when a src/domain file imports an adapter by relative path', () => {
    const result = lintProbe('src/domain', "export { thing } from '../adapters/jira-client';\n");
    expect(restrictedImports(result)).toEqual([expect.stringContaining('src/domain is pure')]);
  });

  it('fails when a src/app file imports an entry point or the local host', () => {
    const result = lintProbe(
      'src/app',
      "export { handler } from '../entry/resolver';\nexport { host } from '../../local/main';\n",
    );
    expect(restrictedImports(result)).toHaveLength(2);
  });

  it('fails when a src/app file imports an adapter instead of taking a port', () => {
    const result = lintProbe(
      'src/app',
      "export { ledgerRepository } from '../adapters/kvs/ledger-repository';\n",
    );
    expect(restrictedImports(result)).toEqual([expect.stringContaining('src/app takes ports as arguments')]);
  });

  it('lets src/domain import zod', () => {
    const result = lintProbe('src/domain', "import { z } from 'zod';\nexport const probe = z.string();\n");
    expect(restrictedImports(result)).toEqual([]);
  });
});
