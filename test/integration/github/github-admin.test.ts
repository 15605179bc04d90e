import { PEOPLE, startAppHost, validAnswers, type AppHost, type Person } from '../app/app-harness';
import { approvedReview, deliver } from './github-harness';

interface Envelope<T> {
  ok: boolean;
  value?: T;
  error?: { code: string; message: string };
}
interface Settings {
  webhookUrl: string | null;
  secretConfigured: boolean;
  previousSecretActive: boolean;
  tokenConfigured: boolean;
  newSecret: string | null;
  deliveries: { deliveryId: string; event: string; target: string | null; outcome: string; reason: string }[];
}

describe('the admin page GitHub tab resolvers', () => {
  let app: AppHost;
  let key: string;
  const call = (as: Person, functionKey: string, payload: unknown = {}) =>
    app.invoke(as, key, functionKey, payload) as Promise<Envelope<Settings>>;

  beforeAll(async () => {
    app = await startAppHost();
    key = await app.raise(PEOPLE.dana, 'Context issue for the admin resolvers', validAnswers());
  });
  afterAll(async () => {
    await app.stop();
  });

  it('shows the webhook URL and secret state to Jira admins only', async () => {
    expect(await call(PEOPLE.morgan, 'getGitHubSettings')).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const settings = await call(PEOPLE.alex, 'getGitHubSettings');
    expect(settings.value).toMatchObject({ secretConfigured: true, tokenConfigured: false, newSecret: null });
    expect(settings.value?.webhookUrl).toMatch(/\/x1\/[0-9a-f-]+$/);
  });

  it('lists a delivery for an unknown repository as ignored, with the reason', async () => {
    const payload = approvedReview(31);
    payload.repository.full_name = 'someone-else/unrelated';
    const { deliveryId } = await deliver(app, 'pull_request_review', payload);
    await app.host.settle();
    const settings = await call(PEOPLE.alex, 'getGitHubSettings');
    expect(settings.value?.deliveries.find((line) => line.deliveryId === deliveryId)).toMatchObject({
      event: 'pull_request_review',
      target: 'someone-else/unrelated#31',
      outcome: 'ignored',
      reason: 'Repository someone-else/unrelated belongs to no system in the policy.',
    });
  });

  it('rotates the secret: the new one is shown once and both verify until the next rotation', async () => {
    const old = app.host.githubWebhookSecret;
    const rotated = await call(PEOPLE.alex, 'rotateGitHubSecret');
    const secret = rotated.value?.newSecret ?? '';
    expect(secret).toMatch(/^[0-9a-f]{64}$/);
    expect(rotated.value?.previousSecretActive).toBe(true);
    const withNew = await deliver(app, 'pull_request_review', approvedReview(32), { secret });
    const withOld = await deliver(app, 'pull_request_review', approvedReview(33), { secret: old });
    expect([withNew.status, withOld.status]).toEqual([202, 202]);
    expect((await call(PEOPLE.alex, 'getGitHubSettings')).value?.newSecret).toBeNull();
  });

  it('keeps the GitHub token write-only', async () => {
    const saved = await call(PEOPLE.alex, 'setGitHubToken', { token: 'ghp_adminpagetoken' });
    expect(saved.value?.tokenConfigured).toBe(true);
    expect(JSON.stringify(saved)).not.toContain('ghp_adminpagetoken');
    expect(await call(PEOPLE.dana, 'setGitHubToken', { token: 'ghp_x' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});
