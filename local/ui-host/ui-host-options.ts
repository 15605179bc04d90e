import type { LocalRequest, LocalResponse } from '../core/http-types';
import type { HostTheme } from './theme-tokens';

/**
 * Forge's account types for a person who is signed in (resolver `context.accountType`;
 * https://developer.atlassian.com/platform/forge/access-to-forge-apps-for-unlicensed-users/): on JSM,
 * `licensed` = agents ("agents, project administrators, and collaborators"), `unlicensed` = a Jira licence
 * without a JSM one, `customer` = a portal-only account. The local host has no anonymous visitors.
 */
export type ForgeAccountType = 'licensed' | 'unlicensed' | 'customer';

export interface HostUser {
  accountId: string;
  displayName: string;
  email: string;
  /** Derived from the person's licence on the Jira/JSM stand-in. */
  accountType: ForgeAccountType;
  /** The person's IANA time zone in Jira: the bridge context's `timezone`. */
  timeZone: string;
  /** What the person does on the demo site ("developer", "approver"), shown in the user switcher. */
  role?: string;
  /**
   * The person's theme in Jira (profile > Theme: light or dark); `light` when absent. The browser's theme
   * cookie, set by the theme switcher or `?theme=`, overrides it (current-theme.ts).
   */
  theme?: HostTheme;
}

/** One `invoke` from a Custom UI, as the Forge runtime needs it to run the module's resolver. */
export interface InvokeCall {
  moduleKey: string;
  functionKey: string;
  payload: unknown;
  accountId: string | undefined;
  /** Forge's resolver `context.accountType` of the viewer. */
  accountType: ForgeAccountType;
  extension: Record<string, unknown>;
  localId: string;
}

export interface UiHostOptions {
  appRoot: string;
  /** The parsed manifest.yml. */
  manifest: unknown;
  /** Seeded people; the first one is the default user of the switcher. */
  users: HostUser[];
  /** The host's own URL, e.g. `http://localhost:8080` (becomes `siteUrl` in the bridge context). */
  baseUrl: string;
  /** Runs the module's resolver; throws on failure (the message reaches `invoke`'s rejection). */
  invokeResolver: (call: InvokeCall) => Promise<unknown>;
  /**
   * The Jira/JSM stand-in, called as the given user: `@forge/bridge` `requestJira` is always as the user, and
   * so is everything a page reads or a form writes (Create, inline edit), so Jira's own checks apply.
   */
  requestJira: (request: LocalRequest, accountId: string) => Promise<LocalResponse>;
  navigationLinks?: { label: string; href: string }[];
  /**
   * Site ids the bridge context reports. `environmentId` is also part of each Forge field's extension ARI
   * (`schema.custom`), so it must be the one the stand-in was given; defaults are fixed local values.
   */
  cloudId?: string;
  environmentId?: string;
}
