/**
 * `npx tsx conformance/run.ts [--site https://<site>.atlassian.net --email … --token … --project KEY]`:
 * prints one line per check as it completes, then the summary. Exit code 0 when nothing failed, 1 on a
 * FAIL or when the run could not start, 2 on a usage error (USAGE in cli-args.ts).
 */
import { parseCliArgs, USAGE } from './cli-args';
import { resultLines, summaryLines } from './report';
import { runConformance } from './run-conformance';

async function main(): Promise<number> {
  const parsed = parseCliArgs(process.argv.slice(2));
  if (parsed.kind === 'help') {
    console.log(USAGE);
    return 0;
  }
  if (parsed.kind === 'usage-error') {
    console.error(`conformance: ${parsed.message}\n\n${USAGE}`);
    return 2;
  }
  const target = parsed.options.target;
  console.log(
    target.kind === 'local'
      ? 'Async CAB conformance: starting the local host (temporary data, demo users)…'
      : `Async CAB conformance: ${target.siteUrl}, project ${target.projectKey}, as ${target.admin.email}`,
  );
  const report = await runConformance({
    ...parsed.options,
    onResult: (result) => {
      for (const line of resultLines(result)) console.log(line);
    },
  });
  console.log('');
  for (const line of summaryLines(report)) console.log(line);
  return report.ok ? 0 : 1;
}

main()
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    console.error(`conformance: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exitCode = 1;
  });
