/**
 * The host's answer to `view.theme.enable()` over HTTP: @forge/bridge 7.2.0 sends only
 * `callBridge('enableTheming')` (out/view/theme.js), and the product applies the person's theme
 * (https://developer.atlassian.com/platform/forge/design-tokens-and-theming/). The attributes and CSS are
 * Atlassian's own, from @atlaskit/tokens.
 */
import { darkUser, lightUser, startThemeHost, THEME_PAGE, type ThemeHostHarness } from './theme-host-harness';

let host: ThemeHostHarness;

beforeAll(async () => {
  host = await startThemeHost();
});

afterAll(async () => {
  await host.close();
});

const cookie = (...parts: string[]) => ({ cookie: parts.join('; ') });
const actingAs = (accountId: string) => `acab_user=${encodeURIComponent(accountId)}`;

async function frameTokenOf(headers: Record<string, string> = {}): Promise<string> {
  const html = await (await fetch(`${host.baseUrl}${THEME_PAGE}`, { headers })).text();
  const token = /data-frame-token="([^"]+)"/.exec(html)?.[1];
  if (token === undefined) throw new Error('the page has no frame');
  return token.replace(/&amp;/g, '&');
}

async function bridge(
  command: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: unknown }> {
  const frame = await frameTokenOf(headers);
  const response = await fetch(`${host.baseUrl}/_local/ui/bridge`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ frame, command }),
  });
  return { status: response.status, body: await response.json() };
}

const stylesheets = [
  { id: 'light', href: '/_local/ui/themes/light.css' },
  { id: 'dark', href: '/_local/ui/themes/dark.css' },
  { id: 'spacing', href: '/_local/ui/themes/spacing.css' },
];

describe('enableTheming', () => {
  it("answers with the light theme's attributes and both token sets for a person without a preference", async () => {
    const answer = await bridge('enableTheming', cookie(actingAs(lightUser.accountId)));

    expect(answer).toEqual({
      status: 200,
      body: {
        result: {
          htmlAttributes: {
            'data-theme': 'dark:dark light:light spacing:spacing',
            'data-color-mode': 'light',
          },
          stylesheets,
        },
      },
    });
  });

  it("answers with the dark theme for a person whose Jira theme is dark, and the browser's choice over it", async () => {
    const own = await bridge('enableTheming', cookie(actingAs(darkUser.accountId)));
    const chosen = await bridge('enableTheming', cookie(actingAs(darkUser.accountId), 'acab_theme=light'));

    expect(own.body).toMatchObject({ result: { htmlAttributes: { 'data-color-mode': 'dark' } } });
    expect(chosen.body).toMatchObject({ result: { htmlAttributes: { 'data-color-mode': 'light' } } });
  });

  it('reports the same theme in getContext().theme, shaped as @atlaskit/tokens ThemeState', async () => {
    const context = await bridge('getContext', cookie(actingAs(lightUser.accountId), 'acab_theme=dark'));

    expect(context.body).toMatchObject({
      result: { theme: { colorMode: 'dark', light: 'light', dark: 'dark', spacing: 'spacing' } },
    });
  });
});

describe('token stylesheets', () => {
  it.each([
    ['light', 'html[data-color-mode="light"][data-theme~="light:light"]', '--ds-surface: #FFFFFF;'],
    ['dark', 'html[data-color-mode="dark"][data-theme~="dark:dark"]', '--ds-surface: #1D2125;'],
    ['spacing', 'html[data-theme~="spacing:spacing"]', '--ds-space-100: 0.5rem;'],
  ])('serves the %s token set with the selectors of Atlassian’s theme files', async (id, selector, token) => {
    const response = await fetch(`${host.baseUrl}/_local/ui/themes/${id}.css`);

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/css; charset=utf-8');
    const css = await response.text();
    expect(css).toContain(selector);
    expect(css).toContain(token);
  });

  it('answers 404 for a theme it does not serve', async () => {
    const response = await fetch(`${host.baseUrl}/_local/ui/themes/legacy-dark.css`);

    expect(response.status).toBe(404);
    expect(await response.text()).toContain('light, dark, spacing');
  });
});

describe('host pages in the person’s theme', () => {
  it('renders the page in the theme ?theme= names, over the cookie, and remembers it in the cookie', async () => {
    const response = await fetch(`${host.baseUrl}${THEME_PAGE}?theme=dark`, {
      headers: cookie(actingAs(darkUser.accountId), 'acab_theme=light'),
    });
    const html = await response.text();

    expect(response.headers.get('set-cookie')).toBe('acab_theme=dark; Path=/; SameSite=Lax');
    expect(html).toMatch(
      /<html lang="en" data-theme="dark:dark light:light spacing:spacing" data-color-mode="dark">/,
    );
    for (const { id, href } of stylesheets) {
      expect(html).toContain(`<link rel="stylesheet" href="${href}" data-theme="${id}">`);
    }
    expect(html).toContain('<option value="dark" selected>Dark</option>');
  });

  it('renders in the person’s own theme without a choice, and sets no cookie', async () => {
    const response = await fetch(`${host.baseUrl}${THEME_PAGE}`, {
      headers: cookie(actingAs(darkUser.accountId)),
    });

    expect(response.headers.get('set-cookie')).toBeNull();
    expect(await response.text()).toContain('data-color-mode="dark"');
  });
});
