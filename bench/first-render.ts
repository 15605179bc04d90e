/**
 * First-render timing in headless Chromium for the benches (bench/ui.bench.ts, bench/board-figures.bench.ts):
 * milliseconds from navigation until a module's frame shows what it is for, and the same for a baseline
 * measured in the same run: a minimal React 18 page built by the same builder and served by a bare
 * node:http server.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { buildCustomUi } from '../local/ui-host/build-custom-ui';

const RUNS = Number(process.env.BENCH_RENDER_RUNS ?? 7);

export const gzipSize = (dir: string) =>
  readdirSync(dir)
    .filter((file) => /\.(js|css|html)$/.test(file))
    .reduce((sum, file) => sum + gzipSync(readFileSync(join(dir, file))).length, 0);

/**
 * Milliseconds from navigation until the module's frame shows `ready` (by default, #root has rendered an
 * element); the first of RUNS + 1 runs warms caches and the JIT and is not counted.
 */
export async function firstRender(
  browser: Browser,
  url: string,
  cookie: string | null,
  frameSelector: string | null,
  ready = '#root > *',
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
        ? page.locator(ready).first()
        : page.frameLocator(frameSelector).locator(ready).first();
    await root.waitFor({ timeout: 20_000 });
    if (run > 0) samples.push(performance.now() - start); // the first run warms caches and the JIT
    await context.close();
  }
  return samples;
}

export async function baseline(browser: Browser): Promise<{ gzip: number; samples: number[] }> {
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
