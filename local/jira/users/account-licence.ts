/**
 * What a person's account may use on the site:
 * - `jsm`: a Jira Service Management agent licence;
 * - `jira`: a Jira licence but no JSM licence (a licensed Jira user who is not a JSM agent);
 * - `customer`: a portal-only account (a JSM customer).
 * (https://developer.atlassian.com/platform/forge/access-to-forge-apps-for-unlicensed-users/, "Overview of Forge
 * unlicensed access").
 */
export type AccountLicence = 'jsm' | 'jira' | 'customer';

export const ACCOUNT_LICENCES: readonly AccountLicence[] = ['jsm', 'jira', 'customer'];

/** Forge's `context.accountType` values (…/access-to-forge-apps-for-unlicensed-users/#customize-app-behavior…). */
export type ForgeAccountType = 'licensed' | 'unlicensed' | 'customer' | 'anonymous';

/**
 * Forge's `accountType` for a signed-in person on a Jira Service Management surface (portal and agent view):
 * `licensed` with a JSM licence, `unlicensed` with an Atlassian account but no JSM licence (for example, Jira only),
 * `customer` for a portal-only customer. Anonymous visitors have no account and so no licence.
 */
export function forgeAccountTypeOf(user: {
  licence: AccountLicence;
}): Exclude<ForgeAccountType, 'anonymous'> {
  switch (user.licence) {
    case 'jsm':
      return 'licensed';
    case 'jira':
      return 'unlicensed';
    case 'customer':
      return 'customer';
  }
}

/**
 * The Jira user JSON's `accountType` (OpenAPI `User.accountType`: `atlassian` regular Atlassian user account,
 * `app` system account, `customer` "Jira Service Desk account representing an external service desk").
 */
export function atlassianAccountTypeOf(licence: AccountLicence): 'atlassian' | 'customer' {
  return licence === 'customer' ? 'customer' : 'atlassian';
}
