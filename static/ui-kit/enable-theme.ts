import { view } from '@forge/bridge';

/**
 * Opts the UI into the product's theme before it renders. A Custom UI gets Atlassian's design tokens and the
 * person's light or dark theme only after `view.theme.enable()`
 * (https://developer.atlassian.com/platform/forge/design-tokens-and-theming/#activate-theming), so the kit
 * waits for it. A UI must still show when theming is unavailable: on a failure, or when the product has not
 * answered within `waitMs` (the wait is ours; Forge documents no time), the UI renders with the light
 * fallbacks of its `var(--ds-*, fallback)` styles, and a theme that arrives later still applies.
 */
export type ThemeOutcome = 'themed' | 'fallback';

export async function enableTheme(waitMs = 3000): Promise<ThemeOutcome> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const gaveUp = new Promise<ThemeOutcome>((resolve) => {
    timer = setTimeout(() => {
      resolve('fallback');
    }, waitMs);
  });
  try {
    return await Promise.race([view.theme.enable().then((): ThemeOutcome => 'themed'), gaveUp]);
  } catch (error) {
    console.warn('The theme could not be enabled; showing the light fallback.', error);
    return 'fallback';
  } finally {
    clearTimeout(timer);
  }
}
