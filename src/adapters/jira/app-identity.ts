import { getAppContext } from '@forge/api';

/**
 * The UUID part of the app's ARI: JSM stores a portal create panel's submitted data under this issue
 * property key (forge-platform.md §2.4).
 */
export function appPropertyKey(): string {
  const ari = getAppContext().appAri.toString();
  const uuid = ari.slice(ari.lastIndexOf('/') + 1);
  if (!/^[0-9a-f-]{36}$/i.test(uuid)) throw new Error(`Unexpected app ARI ${ari}`);
  return uuid;
}

/** The portal answers the create panel submitted: `{ changeRequest: answers }` under the app's key. */
export function portalAnswersOf(properties: Record<string, unknown> | undefined, key: string): unknown {
  const stored = properties?.[key];
  if (typeof stored !== 'object' || stored === null || !('changeRequest' in stored)) return undefined;
  return stored.changeRequest;
}

/** Another part of the app's issue property (`draft`, `pullRequest`), or undefined. */
export function appPropertyPart(
  properties: Record<string, unknown> | undefined,
  key: string,
  part: 'draft' | 'pullRequest',
): unknown {
  const stored = properties?.[key];
  if (typeof stored !== 'object' || stored === null) return undefined;
  const value: unknown = Reflect.get(stored, part);
  return value;
}
