import type { UnlicensedAccess } from './ui-module-catalog';
import type { ForgeAccountType, HostUser } from './ui-host-options';

/**
 * Whether a module renders and runs for a viewer. `licensed` users "have access to the app by default"; for
 * the others, a module whose `unlicensedAccess` leaves their type out "won't be available and won't be run"
 * (https://developer.atlassian.com/platform/forge/access-to-forge-apps-for-unlicensed-users/).
 */
export function mayUseModule(access: readonly UnlicensedAccess[], accountType: ForgeAccountType): boolean {
  return accountType === 'licensed' || access.includes(accountType);
}

const licenceWords: Record<ForgeAccountType, string> = {
  licensed: 'JSM licence',
  unlicensed: 'Jira licence only',
  customer: 'portal customer',
};

/** How the user switcher names a person: "Noah Brooks — developer, Jira licence only", "Riley Quinn — portal customer". */
export function switcherLabel(user: HostUser): string {
  if (user.accountType === 'customer') return `${user.displayName} — ${licenceWords.customer}`;
  const role = user.role === undefined || user.role === '' ? '' : `${user.role}, `;
  return `${user.displayName} — ${role}${licenceWords[user.accountType]}`;
}
