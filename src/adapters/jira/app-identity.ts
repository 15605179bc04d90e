import { getAppContext } from '@forge/api';

/** The UUID part of the app's ARI: the key of the app's own issue property (unique to the app). */
export function appPropertyKey(): string {
  const ari = getAppContext().appAri.toString();
  const uuid = ari.slice(ari.lastIndexOf('/') + 1);
  if (!/^[0-9a-f-]{36}$/i.test(uuid)) throw new Error(`Unexpected app ARI ${ari}`);
  return uuid;
}

/** A part of the app's issue property (`draft`: what the app notes on a CR drafted from GitHub), or undefined. */
export function appPropertyPart(
  properties: Record<string, unknown> | undefined,
  key: string,
  part: 'draft',
): unknown {
  const stored = properties?.[key];
  if (typeof stored !== 'object' || stored === null) return undefined;
  const value: unknown = Reflect.get(stored, part);
  return value;
}
