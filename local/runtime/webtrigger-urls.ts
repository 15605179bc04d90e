import { createHash } from 'node:crypto';

import type { RuntimeIdentity } from './runtime-identity';

/**
 * Stable local URLs for webtrigger modules: `${baseUrl}/x1/<id>`, the v1 shape whose id
 * `webTrigger.deleteUrl` parses (`/\/(?:x1|public)\/([^/?#]+)/` in @forge/api/out/webTrigger.js). The id is
 * derived from app, environment, site and module key, so it survives restarts as on Forge.
 */
export function webtriggerId(identity: RuntimeIdentity, moduleKey: string): string {
  const hex = createHash('sha256')
    .update(`${identity.appId}|${identity.environmentId}|${identity.cloudId}|${moduleKey}`)
    .digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

export function webtriggerUrl(baseUrl: string, identity: RuntimeIdentity, moduleKey: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/x1/${webtriggerId(identity, moduleKey)}`;
}

/** `/x1/<id>/rest/of/path` → id and the user path after it (Forge's `userPath`, '' when none). */
export function parseWebtriggerPath(path: string): { id: string; userPath: string } | undefined {
  const match = /^\/(?:x1|public)\/([^/?#]+)(\/[^?#]*)?$/.exec(path);
  if (!match?.[1]) return undefined;
  return { id: match[1], userPath: (match[2] ?? '').replace(/^\//, '') };
}
