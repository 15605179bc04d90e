/**
 * Each Custom UI's gzip size and its first-render time in headless Chromium, inside the local
 * host's Jira-shaped page, against a baseline measured in the same run: a minimal React 18 page built by the
 * same builder and served by a bare node:http server (ratio = UI / baseline).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalHost } from '../local/host/create-local-host';
import { buildAllUis } from '../local/tools/build-ui';
import { launchChromium } from '../test/support/chromium';
import { fmt, summarise } from './bench-stats';
import { baseline, firstRender, gzipSize } from './first-render';

const DANA = '712020:5e0c1d2a-0000-4000-8000-000000000001';
const ALEX = '712020:5e0c1d2a-0000-4000-8000-000000000009';

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
    const index = await (await fetch(`${host.url}/_local/ui`)).text();
    const boardPath = /href="(\/jira\/apps\/[^"]+)"/.exec(index)?.[1] ?? '';
    const base = await baseline(browser);
    const baseStats = summarise(base.samples);
    const uis = [
      {
        // The portal's Change form asks each CAB question in its field's edit experience: the window's here.
        ui: 'cab-field-edit',
        url: `${host.url}/servicedesk/customer/portal/1/create/10`,
        user: DANA,
        frame: 'iframe[data-module-key="cab-change-window"][data-entry-point="edit"]',
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
      {
        // The Async CAB page (it carries the policy editor for its Rules tab).
        ui: 'board',
        url: `${host.url}${boardPath}`,
        user: DANA,
        frame: 'iframe[data-module-key="cab-board"]',
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
