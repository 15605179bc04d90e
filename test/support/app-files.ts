import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export const APP_ROOT = join(__dirname, '..', '..');

const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.js', '.jsx', '.cjs'];

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'build') return [];
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/** The app's own source text: src/ and the Custom UI sources under static/ (not their builds). */
export function readAppSourceText(root = APP_ROOT): string {
  return [...listFiles(join(root, 'src')), ...listFiles(join(root, 'static'))]
    .filter((file) => SOURCE_EXTENSIONS.some((ext) => file.endsWith(ext)))
    .map((file) => `// ${relative(root, file)}\n${readFileSync(file, 'utf8')}`)
    .join('\n');
}

/** Resolves a handler module path such as `src/entry/resolver` to its file, as Forge does. */
export function resolveHandlerFile(relativeModulePath: string, root = APP_ROOT): string | undefined {
  return SOURCE_EXTENSIONS.map((ext) => join(root, relativeModulePath + ext)).find((file) =>
    existsSync(file),
  );
}
