import Resolver from '@forge/resolver';
import { UpstreamError } from '../../../src/app/errors';
import {
  defineContractResolvers,
  type ContractHandlers,
  type SignedInCaller,
} from '../../../src/entry/define-contract-resolvers';
import { ACCESS_LEVELS, RESOLVER_KEYS, resolverContract, type ResolverKey } from '../../../src/shared';

/** The keys only Jira administrators may call. Changing this list is a decision, so it is spelt out. */
const JIRA_ADMIN_KEYS: ResolverKey[] = [
  'getSetupCheck',
  'getChatSettings',
  'setChatWebhook',
  'getGitHubSettings',
  'rotateGitHubSecret',
  'setGitHubToken',
];

/** The keys for Jira administrators and the policy's editor groups (src/app/policy-editors.ts). */
// listRequestTypes: the Rules tab's request-type choices, for change managers who are no Jira admins.
const POLICY_EDITOR_KEYS: ResolverKey[] = ['savePolicy', 'importPolicyYaml', 'listRequestTypes'];

const DANA = 'account-dana';
const ALEX = 'account-alex';
const MORGAN = 'account-morgan';

/** The app's resolvers over stub handlers that record each call, as Forge invokes them. */
function resolversWith(
  isJiraAdmin: (caller: SignedInCaller) => Promise<boolean>,
  isPolicyEditor: (caller: SignedInCaller) => Promise<boolean> = isJiraAdmin,
) {
  const handled: ResolverKey[] = [];
  const adminChecks: string[] = [];
  const editorChecks: string[] = [];
  const stub = (key: ResolverKey) => () => {
    handled.push(key);
    return Promise.resolve({ answeredBy: key });
  };
  // Every key gets the same stub; its result type is not what this test is about.
  const handlers = Object.fromEntries(
    RESOLVER_KEYS.map((key) => [key, stub(key)]),
  ) as unknown as ContractHandlers<undefined>;
  const resolver = new Resolver();
  defineContractResolvers(
    resolver,
    {
      depsFor: () => undefined,
      isJiraAdmin: (_deps, caller) => {
        adminChecks.push(caller.accountId);
        return isJiraAdmin(caller);
      },
      isPolicyEditor: (_deps, caller) => {
        editorChecks.push(caller.accountId);
        return isPolicyEditor(caller);
      },
    },
    handlers,
  );
  const definitions = resolver.getDefinitions();
  const invoke = (key: ResolverKey, accountId: string | null, payload: Record<string, unknown> = {}) =>
    definitions(
      { call: { functionKey: key, payload }, context: {} },
      accountId === null ? {} : { principal: { accountId } },
    );
  return { invoke, handled, adminChecks, editorChecks };
}

const onlyAlexIsAdmin = (caller: SignedInCaller) => Promise.resolve(caller.accountId === ALEX);

describe('access levels declared in the resolver contract', () => {
  it('gives every key one of the known access levels, and every admin-only key the action it refuses', () => {
    for (const key of RESOLVER_KEYS) {
      const rule = resolverContract[key];
      expect(ACCESS_LEVELS).toContain(rule.access);
      if (rule.access !== 'anyone') expect(rule.action).toMatch(/^[a-z][a-z A-Z]+[a-zA-Z]$/);
    }
  });

  it('cannot take an entry that does not say who may call it (checked by the type checker)', () => {
    type ContractEntry = (typeof resolverContract)[ResolverKey];
    // @ts-expect-error every entry declares its access; the contract object `satisfies` the same shape
    const withoutAccess: ContractEntry = { payload: resolverContract.getPolicy.payload };
    expect(withoutAccess).not.toHaveProperty('access');
  });

  it('keeps exactly the intended keys for Jira administrators only', () => {
    const declared = RESOLVER_KEYS.filter((key) => resolverContract[key].access === 'jira-admin');
    expect([...declared].sort()).toEqual([...JIRA_ADMIN_KEYS].sort());
  });

  it('keeps exactly the intended keys for Jira administrators and policy editors', () => {
    const declared = RESOLVER_KEYS.filter((key) => resolverContract[key].access === 'policy-editor');
    expect([...declared].sort()).toEqual([...POLICY_EDITOR_KEYS].sort());
  });

  it.each(POLICY_EDITOR_KEYS)(
    'refuses %s to someone who is neither a Jira admin nor a policy editor, before reading the payload',
    async (key) => {
      // Given Dana, who is in no editor group, and Morgan, who is
      const app = resolversWith(onlyAlexIsAdmin, (caller) => Promise.resolve(caller.accountId === MORGAN));
      const rule = resolverContract[key];
      const action = rule.access === 'policy-editor' ? rule.action : '';

      // When each calls the key
      const dana = await app.invoke(key, DANA);
      const morgan = await app.invoke(key, MORGAN, { unexpected: true });

      // Then Dana is refused with the fixed message; Morgan gets past the access check to the payload check
      expect(dana).toEqual({
        ok: false,
        error: {
          code: 'FORBIDDEN',
          message: `Only Jira administrators and the policy's editor groups can ${action}.`,
        },
      });
      expect(morgan).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
      expect(app.handled).toEqual([]);
      expect(app.editorChecks).toEqual([DANA, MORGAN]);
    },
  );

  it.each(JIRA_ADMIN_KEYS)(
    'refuses %s to a signed-in person who is not a Jira admin, naming the action',
    async (key) => {
      // Given Dana, who is not a Jira administrator
      const app = resolversWith(onlyAlexIsAdmin);
      const rule = resolverContract[key];
      const action = rule.access === 'jira-admin' ? rule.action : '';

      // When she calls the key (with an empty payload: the refusal comes before the payload is read)
      const answer = await app.invoke(key, DANA);

      // Then she is refused with the fixed message, and the handler never ran
      expect(answer).toEqual({
        ok: false,
        error: { code: 'FORBIDDEN', message: `Only Jira administrators can ${action}.` },
      });
      expect(app.handled).toEqual([]);
      expect(app.adminChecks).toEqual([DANA]);
    },
  );

  it.each(JIRA_ADMIN_KEYS)(
    'lets a Jira admin through to the payload check and the handler of %s',
    async (key) => {
      const app = resolversWith(onlyAlexIsAdmin);

      const answer = await app.invoke(key, ALEX, { unexpected: true });

      // Past the access check, the payload is checked as for anyone else
      expect(answer).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
      expect(app.adminChecks).toEqual([ALEX]);
    },
  );

  it('runs the handler of an admin-only key for a Jira admin', async () => {
    const app = resolversWith(onlyAlexIsAdmin);

    const answer = await app.invoke('getGitHubSettings', ALEX);

    expect(answer).toEqual({ ok: true, value: { answeredBy: 'getGitHubSettings' } });
    expect(app.handled).toEqual(['getGitHubSettings']);
  });

  it('never asks whether the caller is an admin for a key open to anyone', async () => {
    const app = resolversWith(() => Promise.reject(new Error('not asked for keys open to anyone')));

    const answer = await app.invoke('getPolicy', DANA);

    expect(answer).toEqual({ ok: true, value: { answeredBy: 'getPolicy' } });
    expect(app.adminChecks).toEqual([]);
  });

  it('refuses a caller Forge gave no account before anything else', async () => {
    const app = resolversWith(onlyAlexIsAdmin);

    const answer = await app.invoke('getSetupCheck', null);

    expect(answer).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: 'Sign in to use Async CAB.' } });
    expect(app.adminChecks).toEqual([]);
  });

  it('answers a failed admin check as the upstream failure it is, not as a refusal', async () => {
    const app = resolversWith(() =>
      Promise.reject(new UpstreamError('GET /rest/api/3/mypermissions: 503', 503)),
    );
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);

    const answer = await app.invoke('getChatSettings', ALEX);

    expect(answer).toMatchObject({ ok: false, error: { code: 'UPSTREAM_UNAVAILABLE' } });
    expect(app.handled).toEqual([]);
    logged.mockRestore();
  });
});
