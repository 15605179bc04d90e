/**
 * `npm run build:ui`: bundles every Custom UI (`static/<ui>/src/index.tsx`) into `static/<ui>/build`, the
 * folder its manifest resource points at, and prints each bundle's gzip size. Forge deploys the builds;
 * the local host serves the same files.
 */
import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildCustomUi } from '../ui-host/build-custom-ui';

const STATIC_ROOT = resolve(__dirname, '..', '..', 'static');

export async function buildAllUis(
  root = STATIC_ROOT,
): Promise<{ ui: string; files: string[]; gzipBytes: number }[]> {
  if (!existsSync(root)) return [];
  const uis = readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(root, entry.name, 'src', 'index.tsx')))
    .map((entry) => entry.name)
    .sort();
  const results = [];
  for (const ui of uis) {
    const outDir = join(root, ui, 'build');
    const built = await buildCustomUi({
      entry: join(root, ui, 'src', 'index.tsx'),
      outDir,
      title: `Async CAB ${ui}`,
    });
    // Static files a module refers to (e.g. the issue panel's `resource:issue-panel;icon.svg`).
    const publicDir = join(root, ui, 'public');
    if (existsSync(publicDir)) {
      cpSync(publicDir, outDir, { recursive: true });
      built.files.push(...readdirSync(publicDir));
    }
    const gzipBytes = built.files.reduce(
      (sum, file) => sum + gzipSync(readFileSync(join(outDir, file))).length,
      0,
    );
    results.push({ ui, files: built.files, gzipBytes });
  }
  return results;
}

if (require.main === module) {
  buildAllUis()
    .then((results) => {
      for (const result of results) {
        console.log(`built static/${result.ui}/build  ${(result.gzipBytes / 1024).toFixed(1)} KB gzip`);
      }
      if (results.length === 0) console.log('no Custom UI under static/');
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
