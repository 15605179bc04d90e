import type { ThemeAnswer } from './browser/apply-theme';
import { servedThemeIds, themeHtmlAttributes, themeStylesheetHref, type HostTheme } from './theme-tokens';

/**
 * What the server tells a frame that called `view.theme.enable()`: the `<html>` attributes of the person's
 * theme and every token set the host serves (both colour modes, so a later switch needs no new CSS).
 */
export function themeAnswer(theme: HostTheme): ThemeAnswer {
  return {
    htmlAttributes: themeHtmlAttributes(theme),
    stylesheets: servedThemeIds.map((id) => ({ id, href: themeStylesheetHref(id) })),
  };
}
