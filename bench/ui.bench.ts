/**
 * Each Custom UI's gzip size and its first-render time in headless Chromium, inside the local
 * host's Jira-shaped page, against a baseline measured in the same run: a minimal React 18 page built by the
 * same builder and served by a bare node:http server (ratio = UI / baseline).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { startLocalHost } from '../local/host/create-local-host';
import { buildAllUis } from '../local/tools/build-ui';
import { buildCustomUi } from '../local/ui-host/build-custom-ui';
import { launchChromium } from '../test/support/chromium';
import { fmt, summarise } from './bench-stats';

const RUNS = Number(process.env.BENCH_RENDER_RUNS ?? 7);
const DANA = '712020:5e0c1d2a-0000-4000-8000-000000000001';
const ALEX = '712020:5e0c1d2a-0000-4000-8000-000000000009';

const gzipSize = (dir: string) =>
  readdirSync(dir)
    .filter((file) => /\.(js|css|html)$/.test(file))
    .reduce((sum, file) => sum + gzipSync(readFileSync(join(dir, file))).length, 0);

/** Milliseconds from navigation until the module's #root has rendered an element. */
async function firstRender(
  browser: Browser,
  url: string,
  cookie: string | null,
  frameSelector: string | null,
): Promise<number[]> {
  const samples: number[] = [];
  for (let run = 0; run < RUNS + 1; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    if (cookie !== null) await context.addCookies([{ name: 'acab_user', value: cookie, url }]);
    const page: Page = await context.newPage();
    const start = performance.now();
    await page.goto(url);
    const root =
      frameSelector === null
        ? page.locator('#root > *').first()
        : page.frameLocator(frameSelector).locator('#root > *').first();
    await root.waitFor({ timeout: 20_000 });
    if (run > 0) samples.push(performance.now() - start); // the first run warms caches and the JIT
    await context.close();
  }
  return samples;
}

async function baseline(browser: Browser): Promise<{ gzip: number; samples: number[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'acab-baseline-ui-'));
  const built = await buildCustomUi({
    entry: join(__dirname, 'fixtures', 'baseline-ui', 'index.tsx'),
    outDir: join(dir, 'build'),
  });
  const server = createServer((req, res) => {
    const file = (req.url ?? '/').split('?')[0] === '/' ? 'index.html' : (req.url ?? '').slice(1);
    try {
      const body = readFileSync(join(built.outDir, file));
      res.writeHead(200, { 'content-type': file.endsWith('.js') ? 'text/javascript' : 'text/html' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}/`;
  const samples = await firstRender(browser, url, null, null);
  await new Promise<void>((resolve) => {
    server.close(() => {
      resolve();
    });
  });
  const gzip = gzipSize(built.outDir);
  rmSync(dir, { recursive: true, force: true });
  return { gzip, samples };
}

async function main(): Promise<void> {
  await buildAllUis();
  const dataDir = mkdtempSync(join(tmpdir(), 'acab-bench-ui-'));
  const host = await startLocalHost({ port: 0, dataDir });
  const browser = await launchChromium();
  try {
    const created = await fetch(`${host.url}/rest/servicedeskapi/request`, {
      method: 'POST',
      headers: {
        authorization: `Basic ${Buffer.from('dana.lee@asynccab.example:x').toString('base64')}`,
        'content-type': 'application/json',
      },
      body: JSON.stringify({
        serviceDeskId: '1',
        requestTypeId: '10',
        requestFieldValues: { summary: 'Bench render' },
      }),
    });
    const { issueKey: key } = (await created.json()) as { issueKey: string };
    const base = await baseline(browser);
    const baseStats = summarise(base.samples);
    const uis = [
      {
        ui: 'portal-form',
        url: `${host.url}/servicedesk/customer/portal/1/create/10`,
        user: DANA,
        frame: 'iframe[data-module-key="cab-request-form"]',
      },
      {
        ui: 'portal-status',
        url: `${host.url}/servicedesk/customer/portal/1/${key}`,
        user: DANA,
        frame: 'iframe[data-module-key="cab-request-status"]',
      },
      {
        ui: 'issue-panel',
        url: `${host.url}/browse/${key}`,
        user: ALEX,
        frame: 'iframe[data-module-key="cab-approval-panel"]',
      },
      {
        ui: 'admin',
        url: `${host.url}/jira/settings/apps/cab-admin`,
        user: ALEX,
        frame: 'iframe[data-module-key="cab-admin"]',
      },
    ];
    console.log('Custom UI size and first render (aim: under 150 KB gzip per UI)');
    console.log(
      `  baseline (React 18 hello page, bare server): ${fmt(base.gzip / 1024, 1)} KB gzip, first render p50 ${fmt(baseStats.p50)} ms`,
    );
    for (const item of uis) {
      const stats = summarise(await firstRender(browser, item.url, item.user, item.frame));
      const gzip = gzipSize(join(__dirname, '..', 'static', item.ui, 'build'));
      console.log(
        `  ${item.ui.padEnd(14)} ${fmt(gzip / 1024, 1)} KB gzip (${fmt(gzip / base.gzip)}x baseline)  first render p50 ${fmt(stats.p50)} ms p99 ${fmt(stats.p99)} ms (${fmt(stats.p50 / baseStats.p50)}x baseline, includes the host page)`,
      );
    }
  } finally {
    await browser.close();
    await host.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
