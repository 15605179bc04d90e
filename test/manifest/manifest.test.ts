import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ProcessorBuilder, ValidationTypes } from '@forge/manifest';
import { parse } from 'yaml';
import { APP_ROOT, readAppSourceText, resolveHandlerFile } from '../support/app-files';
import { checkManifest, type ManifestCheckInput } from '../support/manifest-checks';

const MANIFEST_PATH = join(APP_ROOT, 'manifest.yml');

async function forgeValidation(type: ValidationTypes) {
  return (
    ProcessorBuilder.instance()
      .withValidation(type)
      // The CLI fetches the deprecated-runtime list remotely; we supply it (docs/platform-assumptions.md).
      .withOptions({ deprecatedRuntimes: ['nodejs20.x'] })
      .build()
      .process(MANIFEST_PATH)
  );
}

function exportsOf(relativeModulePath: string): readonly string[] | undefined {
  const file = resolveHandlerFile(relativeModulePath);
  if (file === undefined) return undefined;
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- load the real handler module as Forge would
  const loaded: unknown = require(file);
  return typeof loaded === 'object' && loaded !== null ? Object.keys(loaded) : [];
}

const realInput = (): ManifestCheckInput => ({
  manifest: parse(readFileSync(MANIFEST_PATH, 'utf8')),
  exists: (path) => existsSync(join(APP_ROOT, path)),
  exportsOf,
  sourceText: readAppSourceText(),
});

describe('manifest.yml', () => {
  it('passes @forge/manifest FULL validation offline', async () => {
    const result = await forgeValidation(ValidationTypes.FULL);
    expect(result.errors ?? []).toEqual([]);
    expect(result.success).toBe(true);
  });

  it('declares the scopes every product trigger needs (PRODUCT_TRIGGER validation)', async () => {
    const result = await forgeValidation(ValidationTypes.PRODUCT_TRIGGER);
    expect(result.errors ?? []).toEqual([]);
    expect(result.success).toBe(true);
  });

  it('passes our own checks: runtime, handlers, resources, object fields, scopes and egress in use', () => {
    expect(checkManifest(realInput())).toEqual([]);
  });

  it('runs on nodejs24.x', () => {
    const manifest: unknown = parse(readFileSync(MANIFEST_PATH, 'utf8'));
    expect(manifest).toMatchObject({ app: { runtime: { name: 'nodejs24.x' } } });
  });
});

describe('our manifest checks catch what @forge/manifest lets through', () => {
  const base = (manifest: unknown, overrides: Partial<ManifestCheckInput> = {}): ManifestCheckInput => ({
    manifest,
    exists: () => false,
    exportsOf: () => undefined,
    sourceText: '',
    ...overrides,
  });
  const app = { id: 'ari:cloud:ecosystem::app/x', runtime: { name: 'nodejs24.x' } };

  it('rejects the nodejs20.x runtime', () => {
    const problems = checkManifest(base({ app: { ...app, runtime: { name: 'nodejs20.x' } }, modules: {} }));
    expect(problems).toEqual([expect.stringContaining('nodejs20.x can no longer be deployed')]);
  });

  it('rejects a handler file that does not exist and an export that is missing', () => {
    const manifest = {
      app,
      modules: {
        function: [
          { key: 'a', handler: 'entry/missing.handler' },
          { key: 'b', handler: 'entry/real.run' },
        ],
      },
    };
    const problems = checkManifest(
      base(manifest, { exportsOf: (path) => (path === 'src/entry/real' ? ['handler'] : undefined) }),
    );
    expect(problems).toEqual([
      'function a: handler file src/entry/missing.ts does not exist.',
      'function b: src/entry/real does not export "run".',
    ]);
  });

  it('rejects a resource path that does not exist', () => {
    const problems = checkManifest(
      base({ app, modules: {}, resources: [{ key: 'panel', path: 'static/panel/build' }] }),
    );
    expect(problems).toEqual(['resource panel: path static/panel/build does not exist.']);
  });

  it('rejects an object custom field without a formatter', () => {
    const manifest = { app, modules: { 'jira:customField': [{ key: 'f', type: 'object', name: 'F' }] } };
    expect(checkManifest(base(manifest))).toEqual([
      expect.stringContaining('custom field f: object fields need'),
    ]);
  });

  it('rejects a declared scope nothing uses, an unknown scope, and unused egress', () => {
    const manifest = {
      app,
      modules: {},
      permissions: {
        scopes: ['read:servicedesk-request', 'write:confluence-content'],
        external: { fetch: { backend: ['api.github.com'] } },
      },
    };
    expect(checkManifest(base(manifest))).toEqual([
      expect.stringContaining('scope read:servicedesk-request is declared but nothing uses it'),
      expect.stringContaining('scope write:confluence-content: no usage rule knows this scope'),
      'egress api.github.com is declared but no source refers to it.',
    ]);
  });

  it('accepts a scope once the source uses it', () => {
    const manifest = { app, modules: {}, permissions: { scopes: ['read:servicedesk-request'] } };
    const sourceText = 'route`/rest/servicedeskapi/request/${key}/approval`';
    expect(checkManifest(base(manifest, { sourceText }))).toEqual([]);
  });
});
