import type { CallerIdentity } from '../core/http-types';
import type { UsersStore } from './store/users-store';

/**
 * HTTP Basic with a seeded user's email and any token (local only: the token is not checked). Returns null for a
 * missing, malformed or unknown credential; the host then answers 401.
 */
export function resolveBasicAuth(users: UsersStore, authorizationHeader?: string): CallerIdentity | null {
  if (authorizationHeader === undefined) return null;
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(authorizationHeader.trim());
  if (match === null) return null;
  const decoded = Buffer.from(match[1] ?? '', 'base64').toString('utf8');
  const separator = decoded.indexOf(':');
  if (separator <= 0) return null;
  const user = users.userByEmail(decoded.slice(0, separator));
  return user === undefined ? null : { kind: 'user', accountId: user.accountId };
}
