/**
 * What `view.theme.enable()` does in a Custom UI frame. @forge/bridge 7.2.0 only sends
 * `callBridge('enableTheming')` and resolves with nothing (out/view/theme.js); the product side "will fetch the
 * current active theme from the host environment ... and apply it in your app" and keeps applying later theme
 * changes (https://developer.atlassian.com/platform/forge/design-tokens-and-theming/#activate-theming). Applied
 * means: the theme CSS in the document and `data-theme` / `data-color-mode` on `<html>`. The CSS is loaded
 * before the attributes are set and before the call resolves, so an app that awaits `enable()` never paints a
 * half-themed page (the order is inferred; the docs only say tokens are there once it resolves).
 */

/** The server's answer to `enableTheming` (bridge-endpoint.ts), and the host page's theme change message. */
export interface ThemeAnswer {
  htmlAttributes: Record<string, string>;
  stylesheets: { id: string; href: string }[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export function asThemeAnswer(value: unknown): ThemeAnswer | undefined {
  if (!isRecord(value) || !isRecord(value['htmlAttributes']) || !Array.isArray(value['stylesheets'])) {
    return undefined;
  }
  const htmlAttributes: Record<string, string> = {};
  for (const [name, attribute] of Object.entries(value['htmlAttributes'])) {
    if (!name.startsWith('data-') || typeof attribute !== 'string') return undefined;
    htmlAttributes[name] = attribute;
  }
  const stylesheets: ThemeAnswer['stylesheets'] = [];
  for (const sheet of value['stylesheets'] as unknown[]) {
    if (!isRecord(sheet) || typeof sheet['id'] !== 'string' || typeof sheet['href'] !== 'string') {
      return undefined;
    }
    stylesheets.push({ id: sheet['id'], href: sheet['href'] });
  }
  return { htmlAttributes, stylesheets };
}

function loadStylesheet(sheet: { id: string; href: string }): Promise<void> {
  const present = document.head.querySelector(`link[data-theme="${CSS.escape(sheet.id)}"]`);
  if (present) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = sheet.href;
    link.dataset['theme'] = sheet.id;
    link.addEventListener('load', () => {
      resolve();
    });
    link.addEventListener('error', () => {
      link.remove();
      reject(new Error(`The theme stylesheet ${sheet.href} did not load.`));
    });
    document.head.append(link);
  });
}

export function setThemeAttributes(attributes: Record<string, string>): void {
  for (const [name, value] of Object.entries(attributes)) document.documentElement.setAttribute(name, value);
}

export async function applyTheme(answer: ThemeAnswer): Promise<void> {
  await Promise.all(answer.stylesheets.map(loadStylesheet));
  setThemeAttributes(answer.htmlAttributes);
}
