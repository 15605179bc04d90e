import { getThemeHtmlAttrs, getThemeStyles, type ThemeState } from '@atlaskit/tokens';

/**
 * Atlassian's design-token themes, from `@atlaskit/tokens` (the version @forge/bridge 7.2.0 depends on for its
 * `ThemeState` type, so the tokens match the bridge's). Jira puts `data-theme="dark:dark light:light"` and
 * `data-color-mode="dark"` on the `<html>` of a Custom UI that called `view.theme.enable()` and loads the theme
 * CSS, whose selectors match those attributes
 * (https://developer.atlassian.com/platform/forge/design-tokens-and-theming/#using-design-tokens). The host
 * builds both with the package's own server-side helpers (`getThemeHtmlAttrs`, `getThemeStyles`), so the
 * attribute values and selectors are Atlassian's, not a copy.
 */
export type HostTheme = 'light' | 'dark';

export const hostThemes: readonly HostTheme[] = ['light', 'dark'];

export function isHostTheme(value: unknown): value is HostTheme {
  return value === 'light' || value === 'dark';
}

/*
 * The token sets the host serves: both colour themes, so a theme switch only flips the attributes, and the
 * spacing theme that `data-theme` names too. Typography, shape and the `-future`/legacy themes are left out:
 * which of them Jira loads is not documented (inferred).
 */
export const servedThemeIds = ['light', 'dark', 'spacing'] as const;
export type ServedThemeId = (typeof servedThemeIds)[number];

export function isServedThemeId(value: string): value is ServedThemeId {
  return (servedThemeIds as readonly string[]).includes(value);
}

/**
 * The bridge context's `theme` (`FullContext.theme?: Partial<ThemeState> | null`, @forge/bridge/out/types.d.ts)
 * and the input of `getThemeHtmlAttrs`: the person's colour mode with Atlassian's default light and dark themes.
 * That Jira reports exactly these keys is inferred; the docs tell apps to read only `data-color-mode`.
 */
export function themeStateOf(theme: HostTheme): Partial<ThemeState> {
  return { colorMode: theme, light: 'light', dark: 'dark', spacing: 'spacing' };
}

/** `data-theme` and `data-color-mode` (and whatever else the package adds) for the document root. */
export function themeHtmlAttributes(theme: HostTheme): Record<string, string> {
  return getThemeHtmlAttrs(themeStateOf(theme));
}

/** Where the host serves one token set (theme-stylesheet-endpoint.ts). */
export function themeStylesheetHref(id: ServedThemeId): string {
  return `/_local/ui/themes/${id}.css`;
}

export interface ThemeStylesheets {
  /** The CSS of one served token set. */
  css(id: ServedThemeId): Promise<string>;
}

/** Loads the token CSS once (the package imports each theme file lazily) and keeps it. */
export function createThemeStylesheets(): ThemeStylesheets {
  let loaded: Promise<Map<string, string>> | undefined;
  const load = async () => {
    const styles = await getThemeStyles('all');
    const byId = new Map(styles.map((style) => [style.id, style.css]));
    for (const id of servedThemeIds) {
      if (!byId.has(id)) throw new Error(`@atlaskit/tokens has no "${id}" theme.`);
    }
    return byId;
  };
  return {
    async css(id) {
      loaded ??= load();
      return (await loaded).get(id) ?? '';
    },
  };
}
