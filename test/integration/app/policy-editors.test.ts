/**
 * Change managers keep the rules (README, "How it works for each person"): the policy names the groups
 * whose members may edit it; Jira admins always may, and only they may change that list. Through the real
 * app in the local host, with Jira's own answers for group membership and the admin permission.
 */
import { DEMO_GROUP_IDS } from '../../../src/domain/policy';
import type { PolicyDocument, PolicyView } from '../../../src/shared/client';
import { PEOPLE, startAppHost, validAnswers, type AppHost, type Person } from './app-harness';

interface Envelope<T> {
  ok: boolean;
  value?: T;
  error?: { code: string; message: string; fieldErrors?: { field: string; code: string; message: string }[] };
}

describe('who may edit the policy', () => {
  let app: AppHost;
  let issueKey: string;
  const call = <T>(as: Person, functionKey: string, payload: unknown = {}) =>
    app.invoke(as, issueKey, functionKey, payload) as Promise<Envelope<T>>;
  const current = async (): Promise<PolicyView> => {
    const view = await call<PolicyView>(PEOPLE.alex, 'getPolicy');
    if (view.value === undefined) throw new Error(`getPolicy failed: ${JSON.stringify(view.error)}`);
    return view.value;
  };
  const withEditors = (policy: PolicyDocument, groupIds: string[]): PolicyDocument => ({
    ...policy,
    policyEditors: { groupIds },
  });
  const withTighterFirstTier = (policy: PolicyDocument, hours: number): PolicyDocument => ({
    ...policy,
    riskTiers: policy.riskTiers.map((tier, index) =>
      index === 0 ? { ...tier, responseTimeHours: hours } : tier,
    ),
  });

  beforeAll(async () => {
    app = await startAppHost();
    issueKey = await app.raise(PEOPLE.dana, 'Context issue for the policy editors', validAnswers());
  });
  afterAll(async () => {
    await app.stop();
  });

  it('lets a Jira admin name the change managers as policy editors', async () => {
    // Given the demo policy, which names no editor groups, and Morgan, a change manager
    const before = await current();
    expect(before.policy.policyEditors).toEqual({ groupIds: [] });
    expect((await call<PolicyView>(PEOPLE.morgan, 'getPolicy')).value).toMatchObject({
      canEdit: false,
      canChangeEditors: false,
    });

    // When Alex, a Jira admin, names the change-managers group
    const saved = await call<PolicyView>(PEOPLE.alex, 'savePolicy', {
      policy: withEditors(before.policy, [DEMO_GROUP_IDS.changeManagers]),
      expectedRevision: before.revision,
    });

    // Then it is saved, and Morgan may now edit the policy but not its editors
    expect(saved.value?.policy.policyEditors).toEqual({ groupIds: [DEMO_GROUP_IDS.changeManagers] });
    expect(saved.value).toMatchObject({ canEdit: true, canChangeEditors: true });
    expect((await call<PolicyView>(PEOPLE.morgan, 'getPolicy')).value).toMatchObject({
      canEdit: true,
      readOnlyReason: null,
      canChangeEditors: false,
    });
  });

  it('lets a change manager in an editor group save a risk-tier change', async () => {
    const before = await current();

    const saved = await call<PolicyView>(PEOPLE.morgan, 'savePolicy', {
      policy: withTighterFirstTier(before.policy, 4),
      expectedRevision: before.revision,
    });

    expect(saved.ok).toBe(true);
    const after = await current();
    expect(after.revision).toBe(before.revision + 1);
    expect(after.updatedBy).toBe(PEOPLE.morgan.accountId);
    expect(after.policy.riskTiers[0]?.responseTimeHours).toBe(4);
  });

  it('refuses someone in no editor group, and stores nothing', async () => {
    const before = await current();

    const refused = await call<PolicyView>(PEOPLE.dana, 'savePolicy', {
      policy: withTighterFirstTier(before.policy, 2),
      expectedRevision: before.revision,
    });

    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'FORBIDDEN',
        message: "Only Jira administrators and the policy's editor groups can change the policy.",
      },
    });
    expect(await current()).toEqual(before);
  });

  it('refuses a change manager who changes the editor groups, next to that field, by form or by YAML', async () => {
    const before = await current();

    // When Morgan removes the editor groups (taking the policy for himself would look the same)
    const bySave = await call<PolicyView>(PEOPLE.morgan, 'savePolicy', {
      policy: withEditors(withTighterFirstTier(before.policy, 2), []),
      expectedRevision: before.revision,
    });
    const byYaml = await call<PolicyView>(PEOPLE.morgan, 'importPolicyYaml', {
      yaml: before.yaml.replace(
        /policyEditors:\n\s+groupIds:\n\s+- .+\n/,
        'policyEditors:\n  groupIds: []\n',
      ),
      expectedRevision: before.revision,
    });

    // Then both are refused with the reason on the editor groups field, and nothing changed
    for (const answer of [bySave, byYaml]) {
      expect(answer).toMatchObject({
        ok: false,
        error: {
          code: 'FORBIDDEN',
          fieldErrors: [
            {
              field: 'policyEditors.groupIds',
              code: 'admins-only',
              message: expect.stringContaining('Only Jira administrators can change who may edit') as unknown,
            },
          ],
        },
      });
    }
    expect(await current()).toEqual(before);
  });

  it('lets a Jira admin take the editors away again', async () => {
    const before = await current();

    const saved = await call<PolicyView>(PEOPLE.alex, 'savePolicy', {
      policy: withEditors(before.policy, []),
      expectedRevision: before.revision,
    });

    expect(saved.value?.policy.policyEditors).toEqual({ groupIds: [] });
    expect(
      await call(PEOPLE.morgan, 'savePolicy', {
        policy: before.policy,
        expectedRevision: before.revision + 1,
      }),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
