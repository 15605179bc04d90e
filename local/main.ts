/**
 * `npm start`: runs the local host on http://localhost:8080 (PORT overrides; `npm start -- --reset` starts
 * from a clean demo site) and prints where everything is.
 */
import { startLocalHost } from './host/create-local-host';
import { demoSeed } from './host/demo-seed';

interface CliOptions {
  reset: boolean;
  port: number;
}

function parseCli(argv: readonly string[], env: NodeJS.ProcessEnv): CliOptions {
  let reset = false;
  let port = env.PORT === undefined || env.PORT === '' ? 8080 : Number(env.PORT);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--reset') reset = true;
    else if (arg === '--port') port = Number(argv[++i]);
    else if (arg === '--help' || arg === '-h') {
      console.log('Usage: npm start [-- --reset] [-- --port N]   (PORT=N also works)');
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
  return { reset, port };
}

async function main(): Promise<void> {
  const options = parseCli(process.argv.slice(2), process.env);
  const envSecret = process.env.GITHUB_WEBHOOK_SECRET;
  const host = await startLocalHost({
    reset: options.reset,
    port: options.port,
    background: true,
    ...(envSecret === undefined || envSecret === '' ? {} : { githubWebhookSecret: envSecret }),
    log: (line) => {
      console.log(`[host] ${line}`);
    },
  });
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
