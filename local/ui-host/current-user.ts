import type { LocalRequest } from '../core/http-types';
import type { HostUser } from './ui-host-options';

/** The switcher's cookie. Local only: the local host has no sign-in, the cookie says who you act as. */
export const userCookieName = 'acab_user';

/** One cookie of the request, decoded; undefined when it is missing or malformed. */
export function cookieValue(request: LocalRequest, name: string): string | undefined {
  const header = request.headers['cookie'];
  if (header === undefined) return undefined;
  for (const part of header.split(';')) {
    const [rawName, ...rest] = part.split('=');
    if (rawName?.trim() === name) {
      try {
        return decodeURIComponent(rest.join('=').trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

/** The user chosen in the switcher; the first seeded user when the cookie is missing or names nobody. */
export function currentUser(request: LocalRequest, users: HostUser[]): HostUser {
  const chosen = cookieValue(request, userCookieName);
  const match = users.find((u) => u.accountId === chosen);
  const fallback = users[0];
  if (match) return match;
  if (!fallback) throw new Error('The UI host needs at least one user.');
  return fallback;
}
