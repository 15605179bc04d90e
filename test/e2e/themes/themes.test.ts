/**
 * Every Custom UI of the app in the person's light and dark Jira theme, in Chromium against the real app in
 * the local host. A UI gets Atlassian's tokens and the theme only after `view.theme.enable()`
 * (https://developer.atlassian.com/platform/forge/design-tokens-and-theming/): each frame must carry the
 * theme's `data-color-mode`, change colours with it, and keep its text readable (WCAG 1.4.3) in both. The
 * screenshots in test-results/screenshots/theme-<ui>-<theme>.png are for a person to look at.
 */
import type { Locator, Page } from 'playwright-core';

import { screenshotPath } from '../../support/chromium';
import {
  CHANGE_TYPE_ID,
  DEMO,
  fieldFrame,
  PAYMENTS_CHANGE,
  PORTAL_ID,
  raiseChange,
  startPortalHarness,
  statusPanel,
  type DemoUser,
  type PortalHarness,
} from '../portal/portal-harness';
import { probeFrame, probePage, type ThemeProbe } from './theme-probe';
import { relativeLuminance } from './wcag-contrast';

const WAIT = { timeout: 20_000 };
const TEST_TIMEOUT = 90_000;
type Theme = 'light' | 'dark';

let harness: PortalHarness;
let issueKey: string;

beforeAll(async () => {
  harness = await startPortalHarness();
  const page = await harness.pageAs(DEMO.dana);
  issueKey = await raiseChange(page, harness.host.url, PAYMENTS_CHANGE);
  await page.context().close();
}, 120_000);

afterAll(async () => {
  await harness.close();
});

interface UiCase {
  ui: string;
  user: DemoUser;
  path: () => string;
  /** Resolves once the UI has rendered its content (and opened what else should be looked at). */
  ready: (page: Page) => Promise<void>;
}

const UIS: UiCase[] = [
  {
    ui: 'admin',
    user: DEMO.alex,
    path: () => '/jira/settings/apps/cab-admin',
    ready: (page) =>
      page
        .frameLocator('iframe[data-module-key="cab-admin"]')
        .getByRole('tab', { name: 'Systems' })
        .waitFor(WAIT),
  },
  {
    // An approver, so the panel shows its answer controls; the page also holds the CAB fields' view frames,
    // and the risk field's inline editor (the field's edit experience) is opened too.
    ui: 'issue-panel',
    user: DEMO.sam,
    path: () => `/browse/${issueKey}`,
    ready: async (page) => {
      await page
        .frameLocator('iframe[data-module-key="cab-approval-panel"]')
        .getByTestId('approval-panel')
        .waitFor(WAIT);
      await page.getByRole('button', { name: 'Edit Change risk' }).click();
      await fieldFrame(page, 'cab-risk').getByRole('radio', { name: 'Low' }).waitFor(WAIT);
    },
  },
  {
    ui: 'portal-status',
    user: DEMO.sam,
    path: () => `/servicedesk/customer/portal/${PORTAL_ID}/${issueKey}`,
    ready: (page) => statusPanel(page).getByTestId('approver-groups').waitFor(WAIT),
  },
  {
    ui: 'portal-create',
    user: DEMO.dana,
    path: () => `/servicedesk/customer/portal/${PORTAL_ID}/create/${CHANGE_TYPE_ID}`,
    ready: (page) => fieldFrame(page, 'cab-risk').getByRole('radio', { name: 'Low' }).waitFor(WAIT),
  },
];

/** The loaded module frames of a page (inline editors that wait in `data-src` are not loaded). */
async function loadedFrames(page: Page): Promise<{ name: string; iframe: Locator }[]> {
  const frames = page.locator('iframe[data-acab-frame][src]');
  const count = await frames.count();
  const found = [];
  for (let index = 0; index < count; index++) {
    const iframe = frames.nth(index);
    const key = (await iframe.getAttribute('data-module-key')) ?? 'frame';
    const entryPoint = await iframe.getAttribute('data-entry-point');
    // The kit renders after enable() settles: a rendered root means the theme has been applied or given up on.
    const frame = await (await iframe.elementHandle()).contentFrame();
    await frame?.waitForFunction(
      () => (document.getElementById('root')?.childElementCount ?? 0) > 0,
      null,
      WAIT,
    );
    found.push({ name: entryPoint === null ? key : `${key} (${entryPoint})`, iframe });
  }
  return found;
}

interface Seen {
  page: ThemeProbe;
  frames: Map<string, ThemeProbe>;
}

async function openIn(uiCase: UiCase, theme: Theme): Promise<Seen> {
  const page = await harness.pageAs(uiCase.user);
  try {
    await page.goto(`${harness.host.url}${uiCase.path()}?theme=${theme}`);
    await uiCase.ready(page);
    const frames = new Map<string, ThemeProbe>();
    for (const { name, iframe } of await loadedFrames(page)) frames.set(name, await probeFrame(iframe));
    await page.screenshot({ path: screenshotPath(`theme-${uiCase.ui}-${theme}`), fullPage: true });
    return { page: await probePage(page), frames };
  } finally {
    await page.context().close();
  }
}

const darker = (probe: ThemeProbe) => relativeLuminance(probe.background) < relativeLuminance(probe.text);

describe.each(UIS)('the $ui UI in the light and the dark theme', (uiCase) => {
  it(
    'carries the theme in every frame, changes colours with it, and keeps text readable',
    async () => {
      // Given the same person and page, once with ?theme=light and once with ?theme=dark
      const light = await openIn(uiCase, 'light');
      const dark = await openIn(uiCase, 'dark');

      for (const [theme, seen] of [
        ['light', light],
        ['dark', dark],
      ] as const) {
        // Then Jira's own page is in that theme, with readable text
        expect(seen.page.colorMode).toBe(theme);
        expect(seen.page.bodyContrast).toBeGreaterThanOrEqual(4.5);
        expect(seen.page.lowContrast).toEqual([]);
        expect(darker(seen.page)).toBe(theme === 'dark');
        expect(seen.frames.size).toBeGreaterThan(0);
        // (some frames hold only a control, or are hidden behind an open editor: count over all of them)
        expect([...seen.frames.values()].reduce((sum, frame) => sum + frame.textsChecked, 0)).toBeGreaterThan(
          0,
        );
        for (const [name, frame] of seen.frames) {
          // And every app frame enabled theming: the theme's attributes are on its <html>
          expect({ name, colorMode: frame.colorMode }).toEqual({ name, colorMode: theme });
          expect(frame.dataTheme).toContain(`${theme}:${theme}`);
          // And its body text and every visible text meet WCAG 1.4.3 over what they sit on
          expect({ name, contrast: frame.bodyContrast >= 4.5 }).toEqual({ name, contrast: true });
          expect({ name, theme, lowContrast: frame.lowContrast }).toEqual({ name, theme, lowContrast: [] });
          expect({ name, darkBackground: darker(frame) }).toEqual({ name, darkBackground: theme === 'dark' });
        }
      }
      // And the same frames show different colours in the two themes
      expect([...dark.frames.keys()].sort()).toEqual([...light.frames.keys()].sort());
      for (const [name, frame] of light.frames) {
        const other = dark.frames.get(name);
        expect({ name, background: other?.background }).not.toEqual({ name, background: frame.background });
        expect({ name, text: other?.text }).not.toEqual({ name, text: frame.text });
      }
    },
    TEST_TIMEOUT,
  );
});

describe('when theming fails', () => {
  it(
    'still renders the UI, in its light fallback colours, readable inside the dark page',
    async () => {
      // Given the product cannot answer view.theme.enable() (its bridge call fails)
      const page = await harness.pageAs(DEMO.alex);
      await page.route('**/_local/ui/bridge', async (route) => {
        const call: unknown = route.request().postDataJSON();
        if (
          typeof call === 'object' &&
          call !== null &&
          'command' in call &&
          call.command === 'enableTheming'
        ) {
          await route.fulfill({ status: 500, json: { code: 'UNAVAILABLE', message: 'Theming is down.' } });
          return;
        }
        await route.continue();
      });

      // When the admin opens the admin page in the dark theme
      await page.goto(`${harness.host.url}/jira/settings/apps/cab-admin?theme=dark`);
      await UIS[0]?.ready(page);

      // Then the UI is there, without the theme's attributes, light and readable
      const frame = await probeFrame(page.locator('iframe[data-module-key="cab-admin"]'));
      expect(frame.colorMode).toBeNull();
      expect(darker(frame)).toBe(false);
      expect(frame.bodyContrast).toBeGreaterThanOrEqual(4.5);
      expect(frame.lowContrast).toEqual([]);
      await page.screenshot({ path: screenshotPath('theme-admin-fallback'), fullPage: true });
      await page.context().close();
    },
    TEST_TIMEOUT,
  );
});
