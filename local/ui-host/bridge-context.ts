import type { FrameDescriptor } from './frame-token';
import { themeStateOf, type HostTheme } from './theme-tokens';
import type { HostUser } from './ui-host-options';

export interface SiteIdentity {
  baseUrl: string;
  cloudId: string;
  environmentId: string;
}

/**
 * What `view.getContext()` resolves with (`FullContext` in @forge/bridge/out/types.d.ts;
 * https://developer.atlassian.com/platform/forge/apis-reference/ui-api-bridge/view/#getcontext: `accountId`,
 * `cloudId`, `extension`, `localId`, `locale`, `moduleKey`, `siteUrl`, `timezone`). `timezone` is the viewing
 * person's time zone in Jira (inferred: the docs name no other source); `locale` is the demo users' en-US.
 * `accountType` is not part of it: Forge gives that to resolvers only. `theme` is the person's theme as
 * `Partial<ThemeState>` (@atlaskit/tokens), the type `FullContext.theme` names; the docs give no values, so
 * reporting it whether or not the frame enabled theming is inferred (theme-tokens.ts `themeStateOf`).
 */
export function bridgeContext(
  frame: FrameDescriptor,
  user: HostUser,
  site: SiteIdentity,
  theme: HostTheme,
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
    timezone: user.timeZone,
    theme: themeStateOf(theme),
  };
}
