import type { LocalResponse } from '../core/http-types';
import { isServedThemeId, servedThemeIds, type ThemeStylesheets } from './theme-tokens';

/**
 * `GET /_local/ui/themes/{light|dark|spacing}.css`: one Atlassian token set, for the host pages and for the
 * frames that enabled theming. Served from the host's own origin, so a Custom UI under Forge's
 * `style-src 'self'` (docs/platform-assumptions.md) may load it with a `<link>`. Jira's docs show the theme as
 * `<style data-theme="dark">` in the app's head; a `<link data-theme="dark">` carries the same CSS and
 * attribute (inferred to be equivalent: the docs tell apps to rely only on `data-color-mode`).
 */
export async function serveThemeStylesheet(
  stylesheets: ThemeStylesheets,
  id: string,
): Promise<LocalResponse> {
  if (!isServedThemeId(id)) {
    return {
      status: 404,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
      body: `No theme "${id}": the host serves ${servedThemeIds.join(', ')}.`,
    };
  }
  return {
    status: 200,
    headers: { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'no-cache' },
    body: await stylesheets.css(id),
  };
}
