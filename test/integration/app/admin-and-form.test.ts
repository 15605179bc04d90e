import { PEOPLE, startAppHost, validAnswers, type AppHost } from './app-harness';

interface Envelope<T> {
  ok: boolean;
  value?: T;
  error?: {
    code: string;
    message: string;
    fieldErrors?: { field: string; message: string; line?: number }[];
  };
}
interface PolicyView {
  policy: { systems: { key: string; name: string }[] };
  yaml: string;
  revision: number;
  canEdit: boolean;
  readOnlyReason: string | null;
}

describe('admin page and portal form resolvers', () => {
  let app: AppHost;
  let key: string;
  beforeAll(async () => {
    app = await startAppHost();
    key = await app.raise(PEOPLE.dana, 'Context issue for the resolvers', validAnswers());
  });
  afterAll(async () => {
    await app.stop();
  });

  const call = <T>(as: (typeof PEOPLE)[keyof typeof PEOPLE], functionKey: string, payload: unknown) =>
    app.invoke(as, key, functionKey, payload) as Promise<Envelope<T>>;

  it('shows the policy read-only to a non-admin and refuses their save on the server', async () => {
    const view = await call<PolicyView>(PEOPLE.morgan, 'getPolicy', {});
    // The local host saved the demo site's policy once (revision 1)
    expect(view.value).toMatchObject({
      canEdit: false,
      revision: 1,
      readOnlyReason: expect.stringContaining('Jira administrators') as unknown,
    });
    const save = await call<PolicyView>(PEOPLE.morgan, 'savePolicy', {
      policy: view.value?.policy,
      expectedRevision: 1,
    });
    expect(save).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('lets a Jira admin save a valid policy, refuses an invalid one with field errors, and detects a conflict', async () => {
    const view = await call<PolicyView>(PEOPLE.alex, 'getPolicy', {});
    expect(view.value?.canEdit).toBe(true);
    const policy = view.value?.policy;
    const renamed = {
      ...policy,
      systems: policy?.systems.map((system) =>
        system.key === 'checkout-web' ? { ...system, name: 'Checkout (web)' } : system,
      ),
    };
    const saved = await call<PolicyView>(PEOPLE.alex, 'savePolicy', { policy: renamed, expectedRevision: 1 });
    expect(saved.value?.revision).toBe(2);
    expect(saved.value?.policy.systems.find((system) => system.key === 'checkout-web')?.name).toBe(
      'Checkout (web)',
    );

    const broken = {
      ...renamed,
      systems: [{ ...renamed.systems?.[0], approverGroupIds: ['no-such-group'] }],
    };
    const refused = await call<PolicyView>(PEOPLE.alex, 'savePolicy', {
      policy: broken,
      expectedRevision: 2,
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    expect(refused.error?.fieldErrors?.[0]?.field).toMatch(/^systems\.0\.approverGroupIds/);

    const stale = await call<PolicyView>(PEOPLE.alex, 'savePolicy', { policy: renamed, expectedRevision: 1 });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('imports YAML, reporting the line of an error', async () => {
    const view = await call<PolicyView>(PEOPLE.alex, 'getPolicy', {});
    const bad = await call<PolicyView>(PEOPLE.alex, 'importPolicyYaml', {
      yaml: 'systems: [\n  - key: x\n',
      expectedRevision: view.value?.revision ?? 0,
    });
    expect(bad).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    expect(bad.error?.fieldErrors?.[0]?.line).toBeGreaterThan(0);
    const good = await call<PolicyView>(PEOPLE.alex, 'importPolicyYaml', {
      yaml: view.value?.yaml ?? '',
      expectedRevision: view.value?.revision ?? 0,
    });
    expect(good.value?.revision).toBe((view.value?.revision ?? 0) + 1);
  });

  it('previews routing for a sample CR and explains it', async () => {
    const preview = await call<{ groups: { name: string }[]; reasons: { rule: string }[]; status: string }>(
      PEOPLE.morgan,
      'previewRouting',
      {
        changeRequest: { affectedSystems: ['payments-api'], risk: 'high' },
      },
    );
    expect(preview.value?.status).toBe('routed');
    expect(preview.value?.groups.map((group) => group.name)).toEqual(
      expect.arrayContaining(['cab-payments', 'cab-security']),
    );
    expect(preview.value?.reasons.length).toBeGreaterThan(0);
  });

  it('runs the setup check for admins: the demo site is ready', async () => {
    const check = await call<{ ready: boolean; checks: { key: string; ok: boolean; message: string }[] }>(
      PEOPLE.alex,
      'getSetupCheck',
      {},
    );
    expect(check.value?.checks.filter((item) => !item.ok)).toEqual([]);
    expect(check.value?.ready).toBe(true);
    expect(await call(PEOPLE.dana, 'getSetupCheck', {})).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it('searches Jira groups for the group picker', async () => {
    const groups = await call<{ name: string; groupId: string }[]>(PEOPLE.alex, 'searchJiraGroups', {
      query: 'cab-',
    });
    expect(groups.value?.map((group) => group.name)).toEqual(
      expect.arrayContaining(['cab-security', 'cab-payments']),
    );
  });

  it('validates portal answers field by field', async () => {
    const result = await call<{ valid: boolean; fieldErrors: { field: string; message: string }[] }>(
      PEOPLE.dana,
      'validateChangeRequest',
      {
        changeRequest: validAnswers({
          affectedSystems: [],
          plannedWindow: {
            start: '2026-12-01T11:00:00+00:00',
            end: '2026-12-01T10:00:00+00:00',
            timeZone: 'Europe/London',
          },
          testing: { tested: true, evidenceUrl: 'http://insecure.example' },
        }),
      },
    );
    expect(result.value?.valid).toBe(false);
    expect(result.value?.fieldErrors.map((error) => error.field).sort()).toEqual([
      'affectedSystems',
      'plannedWindow.end',
      'testing.evidenceUrl',
    ]);
    const good = await call<{ valid: boolean }>(PEOPLE.dana, 'validateChangeRequest', {
      changeRequest: validAnswers(),
    });
    expect(good.value?.valid).toBe(true);
  });

  it('offers the policy’s systems to the field experiences', async () => {
    const options = await call<{ systems: { key: string }[]; emergency: boolean }>(
      PEOPLE.dana,
      'getCabFieldOptions',
      {},
    );
    expect(options.value?.systems.map((system) => system.key)).toContain('payments-api');
    expect(options.value?.emergency).toBe(false);
  });
});
