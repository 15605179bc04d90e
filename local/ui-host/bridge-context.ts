import type { FrameDescriptor } from './frame-token';
import type { HostUser } from './ui-host-options';

export interface SiteIdentity {
  baseUrl: string;
  cloudId: string;
  environmentId: string;
}

/**
 * What `view.getContext()` resolves with (`FullContext` in @forge/bridge/out/types.d.ts, forge-platform.md
 * §3.5). `accountType` is not part of it: Forge gives that to resolvers only.
 */
export function bridgeContext(
  frame: FrameDescriptor,
  user: HostUser,
  site: SiteIdentity,
): Record<string, unknown> {
  return {
    accountId: user.accountId,
    cloudId: site.cloudId,
    extension: frame.extension,
    environmentId: site.environmentId,
    environmentType: 'DEVELOPMENT',
    localId: frame.localId,
    locale: 'en-US',
    moduleKey: frame.moduleKey,
    siteUrl: site.baseUrl,
    timezone: 'UTC',
    theme: null,
  };
}
