import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';

import { build, type Loader } from 'esbuild';

import { escapeHtml } from './html-escape';

export interface BuildCustomUiOptions {
  /** The UI's entry module, e.g. `static/issue-panel/src/index.tsx`. */
  entry: string;
  /** The folder `resources[].path` points at (a Forge Custom UI resource is a folder with index.html). */
  outDir: string;
  /** Document title of the generated index.html. */
  title?: string;
}

export interface BuiltCustomUi {
  outDir: string;
  /** File names written into outDir, sorted. */
  files: string[];
}

/*
 * Images and fonts become data URLs so that a build is text only: Forge serves any file, but the local host
 * moves bodies as strings (`LocalResponse.body`), and a single-file bundle also keeps the Forge CSP simple
 * (`script-src 'self'`, docs/platform-assumptions.md).
 */
const inlinedAssets = ['.png', '.jpg', '.jpeg', '.gif', '.svg', '.webp', '.woff', '.woff2', '.ttf', '.eot'];
const assetLoaders: Record<string, Loader> = Object.fromEntries(inlinedAssets.map((ext) => [ext, 'dataurl']));

/**
 * Bundles one Custom UI with esbuild (browser platform, minified, React in production mode) into
 * `outDir/main.js` (+ `main.css` when the UI imports CSS) and writes an `index.html` that loads them with
 * relative URLs, as Forge serves a resource folder under its own path.
 */
export async function buildCustomUi(options: BuildCustomUiOptions): Promise<BuiltCustomUi> {
  await rm(options.outDir, { recursive: true, force: true });
  await mkdir(options.outDir, { recursive: true });
  await build({
    entryPoints: { main: options.entry },
    outdir: options.outDir,
    bundle: true,
    minify: true,
    sourcemap: false,
    platform: 'browser',
    format: 'iife',
    target: ['es2020'],
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    loader: assetLoaders,
    logLevel: 'silent',
  });
  const built = await readdir(options.outDir);
  const title = options.title ?? 'Custom UI';
  await writeFile(join(options.outDir, 'index.html'), indexHtml(title, built.includes('main.css')), 'utf8');
  const files = (await readdir(options.outDir)).filter((f) => extname(f) !== '').sort();
  return { outDir: options.outDir, files };
}

function indexHtml(title: string, withCss: boolean): string {
  const css = withCss ? '    <link rel="stylesheet" href="./main.css" />\n' : '';
  return [
    '<!doctype html>',
    '<html lang="en">',
    '  <head>',
    '    <meta charset="utf-8" />',
    '    <meta name="viewport" content="width=device-width, initial-scale=1" />',
    `    <title>${escapeHtml(title)}</title>`,
    `${css}  </head>`,
    '  <body>',
    '    <div id="root"></div>',
    '    <script src="./main.js"></script>',
    '  </body>',
    '</html>',
    '',
  ].join('\n');
}
