/**
 * `npm start`: runs the local host on http://localhost:8080 (PORT overrides; `npm start -- --reset` starts
 * from a clean demo site) and prints where everything is. A site with no change request yet gets a few,
 * raised and answered through the app (local/tools/demo-story.ts), unless `--empty` is given.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startLocalHost } from './host/create-local-host';
import { demoSeed } from './host/demo-seed';
import { playDemoStory } from './tools/demo-story';

/** How long before now a fresh demo site's clock starts (local/tools/demo-story.ts). */
const DEMO_STORY_HOURS = 24;

interface CliOptions {
  reset: boolean;
  empty: boolean;
  port: number;
}

function parseCli(argv: readonly string[], env: NodeJS.ProcessEnv): CliOptions {
  let reset = false;
  let empty = false;
  let port = env.PORT === undefined || env.PORT === '' ? 8080 : Number(env.PORT);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--reset') reset = true;
    else if (arg === '--empty') empty = true;
    else if (arg === '--port') port = Number(argv[++i]);
    else if (arg === '--help' || arg === '-h') {
      console.log(
        'Usage: npm start [-- --reset] [-- --empty] [-- --port N]   (PORT=N also works; --empty: no demo change requests)',
      );
      process.exit(0);
    } else {
      console.error(`Unknown option ${String(arg)}. Try --help.`);
      process.exit(2);
    }
  }
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`The port must be a whole number from 0 to 65535 (got ${String(env.PORT ?? port)}).`);
    process.exit(2);
  }
  return { reset, empty, port };
}

async function main(): Promise<void> {
  const options = parseCli(process.argv.slice(2), process.env);
  const envSecret = process.env.GITHUB_WEBHOOK_SECRET;
  // A fresh site starts its clock a day back, so the demo story's answers take hours, as people's do.
  const fresh = options.reset || !existsSync(join(__dirname, '..', '.local-data'));
  const now = new Date();
  const story = !options.empty && fresh;
  const host = await startLocalHost({
    ...(story ? { startAt: new Date(now.getTime() - DEMO_STORY_HOURS * 3_600_000) } : {}),
    reset: options.reset,
    port: options.port,
    // The queue pump starts once the demo story (which settles the host itself) has been played.
    background: false,
    ...(envSecret === undefined || envSecret === '' ? {} : { githubWebhookSecret: envSecret }),
    log: (line) => {
      console.log(`[host] ${line}`);
    },
  });
  const played = story
    ? await playDemoStory(
        {
          url: host.url,
          settle: () => host.settle(),
          now: () => host.clock.now(),
          advance: (minutes) => host.clock.advance(minutes),
        },
        now,
      )
    : null;
  host.runtime.start();
  const seed = demoSeed(host.url);
  const lines = [
    '',
    `Async CAB local host is running at ${host.url}${options.reset ? ' (data reset)' : ''}`,
    '',
    `  Index (pages, endpoints):  ${host.url}/_local/`,
    `  Customer portal:           ${seed.serviceDesk.portalUrl}`,
    ...seed.serviceDesk.requestTypes.map(
      (type) => `  ${`Raise "${type.name}":`.padEnd(27)}${seed.serviceDesk.portalUrl}/create/${type.id}`,
    ),
    `  Create (agent view):       ${host.url}/jira/create?project=${seed.serviceDesk.projectKey}`,
    `  App modules:               ${host.url}/_local/ui`,
    `  Email outbox / chat / GitHub: ${host.url}/_local/pages/outbox  /chat  /github`,
    `  Jira REST:                 ${host.url}/rest/api/3/myself  (HTTP Basic: a demo user's email, any token)`,
    ...Object.entries(host.runtime.listWebtriggers()).map(([key, url]) => `  Webtrigger ${key}: ${url}`),
    `  GitHub webhook secret:     ${host.githubWebhookSecret}  (${envSecret === undefined || envSecret === '' ? 'local default; set GITHUB_WEBHOOK_SECRET to choose one' : 'from GITHUB_WEBHOOK_SECRET'})`,
    '',
    'Demo users (switch user on any page):',
    ...seed.users.map(
      (user) =>
        `  ${user.displayName.padEnd(14)} ${user.email.padEnd(32)} ${user.accountType.padEnd(11)} ${user.groups.map((g) => g.name).join(', ')}`,
    ),
    '',
    ...(played === null
      ? []
      : [
          '',
          `Demo change requests: ${played.raised.join(', ')} (${played.decided.join(' and ')} decided). Open the Async CAB page as Priya Nair to see what waits for her.`,
        ]),
    'Press Ctrl+C to stop. Data persists in .local-data/ (npm start -- --reset starts clean).',
  ];
  console.log(lines.join('\n'));
  const stop = () => {
    host
      .close()
      .then(() => process.exit(0))
      .catch(() => process.exit(1));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (code === 'EADDRINUSE')
    console.error('The port is in use: stop the other process or set PORT (PORT=8081 npm start).');
  else console.error(error);
  process.exit(1);
});
