/** The kit's command line: what runs, and the usage errors run.ts turns into exit code 2. */
import { parseCliArgs } from '../../conformance/cli-args';

const SITE = [
  '--site',
  'https://acme.atlassian.net',
  '--email',
  'admin@acme.example',
  '--token',
  't0k3n',
  '--project',
  'CHG',
];

function usageError(argv: string[]): string {
  const parsed = parseCliArgs(argv);
  if (parsed.kind !== 'usage-error') throw new Error(`expected a usage error, got ${parsed.kind}`);
  return parsed.message;
}

describe('parseCliArgs', () => {
  it('runs against the local host without --site', () => {
    expect(parseCliArgs([])).toEqual({ kind: 'run', options: { target: { kind: 'local' } } });
  });

  it('takes the options that also apply locally', () => {
    expect(
      parseCliArgs(['--request-type', 'Emergency change', '--approver-group=cab-security', '--timeout', '5']),
    ).toEqual({
      kind: 'run',
      options: {
        target: { kind: 'local' },
        requestTypeName: 'Emergency change',
        approverGroupName: 'cab-security',
        timeoutMs: 5000,
      },
    });
  });

  it('builds a site target with the admin and the optional people', () => {
    const parsed = parseCliArgs([
      ...SITE.slice(0, 1),
      'https://acme.atlassian.net/',
      ...SITE.slice(2),
      '--approver-email',
      'priya@acme.example',
      '--approver-token',
      'a',
      '--other-email=olivia@acme.example',
      '--other-token=o',
      '--approval-status',
      'Waiting for approval',
    ]);
    expect(parsed).toEqual({
      kind: 'run',
      options: {
        target: {
          kind: 'site',
          siteUrl: 'https://acme.atlassian.net',
          projectKey: 'CHG',
          admin: { email: 'admin@acme.example', token: 't0k3n' },
          approver: { email: 'priya@acme.example', token: 'a' },
          other: { email: 'olivia@acme.example', token: 'o' },
        },
        approvalStatusName: 'Waiting for approval',
      },
    });
  });

  it('answers help for --help and -h', () => {
    expect(parseCliArgs(['--help'])).toEqual({ kind: 'help' });
    expect(parseCliArgs([...SITE, '-h'])).toEqual({ kind: 'help' });
  });

  describe('usage errors', () => {
    it.each([
      [['--email', 'a@b.example'], '--email needs --site'],
      [['--token', 'x', '--project', 'CHG'], '--token, --project need --site'],
      [['--site', 'https://acme.atlassian.net'], '--site needs --email, --token, --project'],
      [
        ['--site', 'https://acme.atlassian.net', '--email', 'a@b.example', '--token', 't'],
        '--site needs --project',
      ],
      [
        ['--site', 'http://acme.atlassian.net', '--email', 'a@b.example'],
        '--site must be an https URL (got http)',
      ],
      [['--site', 'acme.atlassian.net'], 'is not a URL'],
      [
        ['--site', 'https://acme.atlassian.net/jira', ...SITE.slice(2)],
        "--site must be the site's address only",
      ],
      [['--site', 'https://me:pw@acme.atlassian.net', ...SITE.slice(2)], 'must not carry credentials'],
      [
        [...SITE.slice(0, 2), '--email', 'admin', ...SITE.slice(4)],
        '--email "admin" is not an email address',
      ],
      [[...SITE.slice(0, 6), '--project', 'chg'], '--project "chg" is not a Jira project key'],
      [[...SITE, '--approver-email', 'p@acme.example'], '--approver-email needs --approver-token'],
      [[...SITE, '--other-token', 'x'], '--other-token needs --other-email'],
      [
        [...SITE, '--approver-email', 'ADMIN@acme.example', '--approver-token', 'x'],
        'the approver must not be the requester',
      ],
      [
        [
          ...SITE,
          '--approver-email',
          'p@acme.example',
          '--approver-token',
          'x',
          '--other-email',
          'p@acme.example',
          '--other-token',
          'y',
        ],
        '--other-email must be someone other than the approver',
      ],
      [['--site'], '--site needs a value'],
      [['--project', '--site', 'https://acme.atlassian.net'], '--project needs a value'],
      [['--request-type='], '--request-type needs a value'],
      [['--request-type', 'Change', '--request-type', 'Other'], '--request-type is given twice'],
      [['--sites', 'https://acme.atlassian.net'], 'unknown option --sites'],
      [['https://acme.atlassian.net'], 'unexpected argument "https://acme.atlassian.net"'],
      [['--timeout', '0'], '--timeout "0" must be a number of seconds'],
      [['--timeout', 'soon'], '--timeout "soon" must be a number of seconds'],
    ])('%j: %s', (argv, message) => {
      expect(usageError(argv)).toContain(message);
    });
  });
});
