/**
 * Our own manifest checks, on top of @forge/manifest's FULL and PRODUCT_TRIGGER validation, which does not
 * catch: a deprecated runtime, handlers whose export is missing, object custom fields without a formatter,
 * or scopes/egress the code never uses (docs/platform-assumptions.md).
 */
import { scopeUsageRules } from './scope-usage-rules';

export interface ManifestCheckInput {
  manifest: unknown;
  /** True when a path (relative to the app root) exists. */
  exists: (relativePath: string) => boolean;
  /** Export names of a handler module, or undefined when it cannot be found. */
  exportsOf: (relativeModulePath: string) => readonly string[] | undefined;
  /** All app source text (src/ and static/ sources) concatenated, used to prove a scope or host is used. */
  sourceText: string;
}

type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

const ALLOWED_RUNTIMES = ['nodejs22.x', 'nodejs24.x'];

export function checkManifest(input: ManifestCheckInput): string[] {
  const problems: string[] = [];
  const manifest = isObject(input.manifest) ? input.manifest : {};
  const app = isObject(manifest.app) ? manifest.app : {};
  const runtime = isObject(app.runtime) ? app.runtime : {};
  if (typeof runtime.name !== 'string' || !ALLOWED_RUNTIMES.includes(runtime.name)) {
    problems.push(
      `app.runtime.name is ${JSON.stringify(runtime.name)}; it must be one of ${ALLOWED_RUNTIMES.join(', ')} ` +
        '(nodejs20.x can no longer be deployed, CHANGE-3209).',
    );
  }
  const modules = isObject(manifest.modules) ? manifest.modules : {};
  problems.push(...checkHandlers(modules, input));
  problems.push(...checkResources(manifest, input));
  problems.push(...checkObjectFields(modules));
  problems.push(...checkScopes(manifest, input.sourceText));
  problems.push(...checkEgress(manifest, input.sourceText));
  return problems;
}

function checkHandlers(modules: Loose, input: ManifestCheckInput): string[] {
  const problems: string[] = [];
  for (const fn of asArray(modules.function)) {
    if (!isObject(fn) || typeof fn.handler !== 'string') continue;
    const [file, exportName] = splitHandler(fn.handler);
    const exported = input.exportsOf(`src/${file}`);
    if (exported === undefined) {
      problems.push(`function ${String(fn.key)}: handler file src/${file}.ts does not exist.`);
    } else if (!exported.includes(exportName)) {
      problems.push(`function ${String(fn.key)}: src/${file} does not export "${exportName}".`);
    }
  }
  return problems;
}

function splitHandler(handler: string): [string, string] {
  const dot = handler.lastIndexOf('.');
  return dot < 0 ? [handler, 'handler'] : [handler.slice(0, dot), handler.slice(dot + 1)];
}

function checkResources(manifest: Loose, input: ManifestCheckInput): string[] {
  return asArray(manifest.resources).flatMap((resource) => {
    if (!isObject(resource) || typeof resource.path !== 'string') return [];
    return input.exists(resource.path)
      ? []
      : [`resource ${String(resource.key)}: path ${resource.path} does not exist.`];
  });
}

function checkObjectFields(modules: Loose): string[] {
  return asArray(modules['jira:customField']).flatMap((field) => {
    if (!isObject(field) || field.type !== 'object') return [];
    const view = isObject(field.view) ? field.view : {};
    const formatter = isObject(view.formatter) ? view.formatter : {};
    return typeof formatter.expression === 'string' && formatter.expression.length > 0
      ? []
      : [
          `custom field ${String(field.key)}: object fields need view.formatter.expression (Jira shows it where no renderer runs).`,
        ];
  });
}

function declaredScopes(manifest: Loose): string[] {
  const permissions = isObject(manifest.permissions) ? manifest.permissions : {};
  const scopes = permissions.scopes;
  if (Array.isArray(scopes)) return scopes.filter((scope): scope is string => typeof scope === 'string');
  return isObject(scopes) ? Object.keys(scopes) : [];
}

function checkScopes(manifest: Loose, sourceText: string): string[] {
  return declaredScopes(manifest).flatMap((scope) => {
    const rule = scopeUsageRules[scope];
    if (rule === undefined) {
      return [
        `scope ${scope}: no usage rule knows this scope; add one to test/support/scope-usage-rules.ts.`,
      ];
    }
    return rule.usedBy(manifest, sourceText)
      ? []
      : [`scope ${scope} is declared but nothing uses it (${rule.evidence}).`];
  });
}

function checkEgress(manifest: Loose, sourceText: string): string[] {
  const permissions = isObject(manifest.permissions) ? manifest.permissions : {};
  const external = isObject(permissions.external) ? permissions.external : {};
  const fetch = isObject(external.fetch) ? external.fetch : {};
  return asArray(fetch.backend).flatMap((entry) => {
    const host =
      typeof entry === 'string'
        ? entry
        : isObject(entry) && typeof entry.address === 'string'
          ? entry.address
          : '';
    const bare = host.replace(/^https?:\/\//, '').replace(/^\*\./, '');
    return bare !== '' && sourceText.includes(bare)
      ? []
      : [`egress ${host} is declared but no source refers to it.`];
  });
}
