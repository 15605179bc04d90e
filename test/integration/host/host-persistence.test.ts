import { createChangeRequest, DANA, startHost } from './host-harness';

describe('local host data', () => {
  it('persists the demo site and app data across restarts, and --reset starts clean', async () => {
    const first = await startHost();
    const key = await createChangeRequest(first, 'Persisted across restarts');
    first.host.kvs.set({ area: 'kvs' }, 'policy:current', { revision: 3 });
    await first.stop({ keepData: true });

    const second = await startHost({ dataDir: first.dataDir });
    const issue = await second.call(`/rest/api/3/issue/${key}?fields=summary`, { as: DANA.email });
    expect(issue.status).toBe(200);
    expect(await issue.json()).toMatchObject({ fields: { summary: 'Persisted across restarts' } });
    expect(second.host.kvs.get({ area: 'kvs' }, 'policy:current')).toMatchObject({ value: { revision: 3 } });
    await second.stop({ keepData: true });

    const reset = await startHost({ dataDir: first.dataDir, reset: true });
    expect((await reset.call(`/rest/api/3/issue/${key}`, { as: DANA.email })).status).toBe(404);
    expect(reset.host.kvs.get({ area: 'kvs' }, 'policy:current')).toBeUndefined();
    const seeded = await reset.call('/rest/api/3/myself', { as: DANA.email });
    expect(seeded.status).toBe(200);
    await reset.stop();
  });
});
