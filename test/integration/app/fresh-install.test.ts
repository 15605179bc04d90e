/**
 * A fresh install of the real app saves no policy: it starts from the empty policy (no demo groups, no
 * `acme/*` repositories), routes nothing until an admin adds a system, and the setup check says what to do.
 */
import { PEOPLE, startAppHost, validAnswers, type AppHost } from './app-harness';

interface Envelope<T> {
  ok: boolean;
  value?: T;
  error?: { code: string; message: string };
}

describe('a fresh install', () => {
  let app: AppHost;
  beforeAll(async () => {
    app = await startAppHost({ demoPolicy: false });
  });
  afterAll(async () => {
    await app.stop();
  });

  it('starts from an empty policy, guides the admin, and routes nothing until a system exists', async () => {
    // Given a Change raised before anyone set Async CAB up
    const key = await app.raise(PEOPLE.dana, 'Rotate the checkout signing key', validAnswers());

    // Then the policy is the empty one at revision 0: no groups, no systems, no demo repositories
    const view = (await app.invoke(PEOPLE.alex, key, 'getPolicy', {})) as Envelope<{
      revision: number;
      policy: { systems: unknown[]; approverGroups: unknown[]; repositories: { githubLogins: object } };
      yaml: string;
    }>;
    expect(view.value?.revision).toBe(0);
    expect(view.value?.policy.systems).toEqual([]);
    expect(view.value?.policy.approverGroups).toEqual([]);
    expect(view.value?.yaml).not.toContain('acme/');

    // And the setup check tells the admin to add the first system, choose change managers and the ECAB
    const check = (await app.invoke(PEOPLE.alex, key, 'getSetupCheck', {})) as Envelope<{
      ready: boolean;
      checks: { key: string; ok: boolean; fix: string | null }[];
    }>;
    expect(check.value?.ready).toBe(false);
    const failing = check.value?.checks.filter((item) => !item.ok).map((item) => item.key) ?? [];
    expect(failing).toEqual(
      expect.arrayContaining(['policy:systems', 'policy:change-managers', 'policy:emergency-roles']),
    );
    expect(check.value?.checks.find((item) => item.key === 'policy:systems')?.fix).toContain('first system');

    // And the change request waits for a change manager, saying Async CAB is not set up yet
    const panel = (await app.invoke(PEOPLE.morgan, key, 'getApprovalPanel', { issueKey: key })) as Envelope<{
      routing: { state: string; problems: string[] };
      groups: unknown[];
    }>;
    expect(panel.value?.routing.state).toBe('needs-attention');
    expect(panel.value?.routing.problems.join(' ')).toMatch(/not set up yet/);
    expect(panel.value?.groups).toEqual([]);
  });
});
