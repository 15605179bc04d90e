import type { LocalRequest, LocalResponse } from '../core/http-types';

export interface HostUser {
  accountId: string;
  displayName: string;
  email: string;
  accountType: 'atlassian' | 'customer';
}

/** One `invoke` from a Custom UI, as the Forge runtime needs it to run the module's resolver. */
export interface InvokeCall {
  moduleKey: string;
  functionKey: string;
  payload: unknown;
  accountId: string | undefined;
  /** Forge's resolver `context.accountType`: `licensed` for Atlassian accounts, `customer` for portal-only ones. */
  accountType: string;
  extension: Record<string, unknown>;
  localId: string;
}

export interface PortalSubmitArgs {
  moduleKey: string;
  requestTypeId: string;
  portalId: string;
  accountId: string;
  /** What the create property panel last passed to `view.submit` (undefined if it never submitted). */
  payload: unknown;
  /**
   * The request type's own (non-Forge) fields as the person filled them, by field id: `summary` always,
   * `description` when not empty (JSM sends text fields as strings, rest-shapes.md §1.1).
   */
  requestFieldValues: RequestFieldValues;
}

export interface RequestFieldValues {
  summary: string;
  description?: string;
}

/** `fieldErrors` (by field id) are shown under their fields on the form; `error` above the buttons. */
export type PortalSubmitResult =
  { issueKey: string } | { error: string; fieldErrors?: Record<string, string> };

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
  /** The Jira/JSM stand-in, called as the given user (`@forge/bridge` `requestJira` is always as the user). */
  requestJira: (request: LocalRequest, accountId: string) => Promise<LocalResponse>;
  onPortalSubmit?: (args: PortalSubmitArgs) => Promise<PortalSubmitResult>;
  navigationLinks?: { label: string; href: string }[];
  /** Site ids the bridge context reports; defaults are fixed local values. */
  cloudId?: string;
  environmentId?: string;
}
