import type { LocalRequest } from '../core/http-types';
import { cookieValue } from './current-user';
import { isHostTheme, type HostTheme } from './theme-tokens';
import type { HostUser } from './ui-host-options';

/**
 * Which theme a request is shown in. Jira keeps one theme per person (profile > Theme; inferred: no API for
 * apps documents it). The local host starts from the acting person's `theme` (light when unset) and lets a
 * browser override it, so a test or a person can look at any page in either theme without editing the seed:
 *
 * - `?theme=dark` / `?theme=light` on a page applies at once and is remembered in the `acab_theme` cookie
 *   (the page answers with `Set-Cookie`), so the page's frames and their bridge calls see the same theme;
 * - the theme switcher in the top navigation sets that cookie;
 * - the cookie holds for every person acted as in this browser until it is changed.
 */
export const themeCookieName = 'acab_theme';
export const themeQueryParameter = 'theme';

export function currentTheme(request: LocalRequest, user: HostUser): HostTheme {
  const asked = request.query.get(themeQueryParameter);
  if (isHostTheme(asked)) return asked;
  const remembered = cookieValue(request, themeCookieName);
  if (isHostTheme(remembered)) return remembered;
  return user.theme ?? 'light';
}

/** The `Set-Cookie` that remembers a `?theme=` choice; undefined when the request names no valid theme. */
export function themeCookieToSet(request: LocalRequest): string | undefined {
  const asked = request.query.get(themeQueryParameter);
  if (!isHostTheme(asked)) return undefined;
  return `${themeCookieName}=${asked}; Path=/; SameSite=Lax`;
}
