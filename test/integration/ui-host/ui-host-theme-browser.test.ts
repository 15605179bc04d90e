/**
 * `view.theme.enable()` in Chromium through the real @forge/bridge: nothing themed before the UI opts in;
 * afterwards the person's theme's attributes on the frame's `<html>`, the token CSS in its head and the token
 * values in effect; a theme switch on the host page reaches the frame without a reload, as "it will also
 * reactively apply theme changes" (https://developer.atlassian.com/platform/forge/design-tokens-and-theming/).
 */
import type { Browser, Frame, Page } from 'playwright-core';

import { launchChromium, screenshotPath } from '../../support/chromium';
import {
  darkUser,
  lightUser,
  startThemeHost,
  THEME_FRAME,
  THEME_PAGE,
  type ThemeHostHarness,
} from './theme-host-harness';

const WAIT = { timeout: 10_000 };

let host: ThemeHostHarness;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  host = await startThemeHost();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser.close();
  await host.close();
});

afterEach(async () => {
  await page.context().close();
});

async function openAs(accountId: string): Promise<Frame> {
  const context = await browser.newContext({ viewport: { width: 1024, height: 700 } });
  await context.addCookies([{ name: 'acab_user', value: accountId, url: host.baseUrl }]);
  page = await context.newPage();
  await page.goto(`${host.baseUrl}${THEME_PAGE}`);
  const frame = await (await page.locator(THEME_FRAME).elementHandle()).contentFrame();
  if (!frame) throw new Error('no frame');
  await frame.getByRole('button', { name: 'Enable theme' }).waitFor(WAIT);
  return frame;
}

interface Root {
  colorMode: string | null;
  dataTheme: string | null;
  surfaceToken: string;
  /** The body's background, or the root's where the body has none. */
  background: string;
  color: string;
  themeLinks: string[];
}

const rootOf = (target: Page | Frame): Promise<Root> =>
  target.evaluate(() => {
    const html = document.documentElement;
    const style = getComputedStyle(html);
    const body = getComputedStyle(document.body).backgroundColor;
    return {
      colorMode: html.getAttribute('data-color-mode'),
      dataTheme: html.getAttribute('data-theme'),
      surfaceToken: style.getPropertyValue('--ds-surface').trim(),
      background: body === 'rgba(0, 0, 0, 0)' ? style.backgroundColor : body,
      color: style.color,
      themeLinks: Array.from(document.querySelectorAll('link[data-theme]')).map(
        (link) => link.getAttribute('data-theme') ?? '',
      ),
    };
  });

async function enable(frame: Frame): Promise<string> {
  await frame.getByRole('button', { name: 'Enable theme' }).click();
  const outcome = frame.getByTestId('theme-outcome').filter({ hasNotText: 'not enabled' });
  await outcome.waitFor(WAIT);
  return (await outcome.textContent()) ?? '';
}

describe('view.theme.enable() in a Custom UI frame', () => {
  it("leaves the frame unthemed until the UI opts in, then applies the person's dark theme", async () => {
    // Given Sam, whose Jira theme is dark, on a page with a UI that has not enabled theming
    const frame = await openAs(darkUser.accountId);

    // Then the host page is dark, but the frame has no theme and no tokens yet
    expect(await rootOf(page)).toMatchObject({ colorMode: 'dark', background: 'rgb(29, 33, 37)' });
    expect(await rootOf(frame)).toMatchObject({
      colorMode: null,
      dataTheme: null,
      surfaceToken: '',
      themeLinks: [],
    });

    // When the UI calls view.theme.enable()
    const outcome = await enable(frame);

    // Then the call resolves and getContext() reports the theme
    expect(JSON.parse(outcome)).toEqual({
      enabled: true,
      theme: { colorMode: 'dark', light: 'light', dark: 'dark', spacing: 'spacing' },
    });
    // And the frame's <html> carries the theme, with the dark tokens in effect (color.surface, color.text)
    expect(await rootOf(frame)).toEqual({
      colorMode: 'dark',
      dataTheme: 'dark:dark light:light spacing:spacing',
      surfaceToken: '#1D2125',
      background: 'rgb(29, 33, 37)',
      color: 'rgb(182, 194, 207)',
      themeLinks: ['light', 'dark', 'spacing'],
    });
    await page.screenshot({ path: screenshotPath('ui-host-theme-dark'), fullPage: true });
  });

  it('applies the light theme for a person without a preference', async () => {
    const frame = await openAs(lightUser.accountId);

    const outcome = await enable(frame);

    expect(outcome).toContain('"colorMode":"light"');
    expect(await rootOf(frame)).toMatchObject({
      colorMode: 'light',
      surfaceToken: '#FFFFFF',
      background: 'rgb(255, 255, 255)',
      color: 'rgb(23, 43, 77)',
    });
  });

  it('follows the theme switcher on the host page without reloading the UI', async () => {
    // Given a UI that enabled theming in the light theme
    const frame = await openAs(lightUser.accountId);
    await enable(frame);

    // When the person picks Dark in the theme switcher
    await page.getByLabel('Theme').selectOption('dark');

    // Then the frame turns dark in place (the outcome it showed is still there: no reload)
    await frame.waitForFunction(
      () => document.documentElement.getAttribute('data-color-mode') === 'dark',
      null,
      WAIT,
    );
    expect(await rootOf(frame)).toMatchObject({ background: 'rgb(29, 33, 37)' });
    expect(await frame.getByTestId('theme-outcome').textContent()).toContain('"enabled":true');
    // And so does the page, and the choice is kept for the next page
    expect(await rootOf(page)).toMatchObject({ colorMode: 'dark' });
    const cookies = await page.context().cookies(host.baseUrl);
    expect(cookies.find((cookie) => cookie.name === 'acab_theme')?.value).toBe('dark');
  });
});
