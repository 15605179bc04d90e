import { join } from 'node:path';

import { build } from 'esbuild';

/**
 * The two browser scripts (iframe bridge, host page) are TypeScript under `browser/`, type-checked with the
 * rest of the host, and bundled on first use into an IIFE that exposes `AcabBridge.installBridge` /
 * `AcabHost.startHostPage` for the inline `<script>` that calls them.
 */
async function bundle(file: string, globalName: string): Promise<string> {
  const result = await build({
    entryPoints: [join(__dirname, 'browser', file)],
    bundle: true,
    minify: true,
    write: false,
    platform: 'browser',
    format: 'iife',
    globalName,
    target: ['es2020'],
    logLevel: 'silent',
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error(`esbuild produced nothing for ${file}.`);
  return output.text;
}

export interface BrowserScripts {
  bridgeClient(): Promise<string>;
  hostPage(): Promise<string>;
}

export function createBrowserScripts(): BrowserScripts {
  let bridge: Promise<string> | undefined;
  let host: Promise<string> | undefined;
  return {
    bridgeClient: () => (bridge ??= bundle('bridge-client.ts', 'AcabBridge')),
    hostPage: () => (host ??= bundle('host-page-client.ts', 'AcabHost')),
  };
}
