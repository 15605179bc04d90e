/**
 * A change request the policy could not route waits for a change manager; once the cause is fixed (here:
 * the site had no policy yet, and an admin saves one), a change manager or a Jira admin routes it again from
 * the panel. Nobody else may, and a CR that does not need attention cannot be routed again.
 */
import { demoPolicy } from '../../../src/domain/policy';
import { PEOPLE, startAppHost, validAnswers, type AppHost } from './app-harness';

interface Envelope<T> {
  ok: boolean;
  value?: T;
  error?: { code: string; message: string };
}

interface Panel {
  status: string;
  phase: string;
  routing: { state: string; problems?: string[]; canRouteAgain?: boolean };
  groups: { name: string }[];
}

describe('routing a change request again', () => {
  let app: AppHost;
  beforeAll(async () => {
    app = await startAppHost({ demoPolicy: false });
  });
  afterAll(async () => {
    await app.stop();
  });

  const panel = async (as: (typeof PEOPLE)[keyof typeof PEOPLE], key: string) =>
    (await app.invoke(as, key, 'getApprovalPanel', { issueKey: key })) as Envelope<Panel>;

  it('lets a Jira admin route it again once the policy exists, and nobody else', async () => {
    // Given a Change raised before Async CAB was set up: it needs attention
    const key = await app.raise(PEOPLE.dana, 'Rotate the checkout signing key', validAnswers());
    const before = await panel(PEOPLE.alex, key);
    expect(before.value).toMatchObject({
      phase: 'needs-attention',
      routing: { state: 'needs-attention', canRouteAgain: true },
    });
    // The requester reads that a change manager or an admin can route it, but is not offered the button
    expect((await panel(PEOPLE.dana, key)).value?.routing.canRouteAgain).toBe(false);

    // When routing again before anything was fixed: it still needs attention, and says why
    const tooSoon = (await app.invoke(PEOPLE.alex, key, 'routeAgain', { issueKey: key })) as Envelope<Panel>;
    expect(tooSoon.value).toMatchObject({ routing: { state: 'needs-attention' } });
    expect(tooSoon.value?.routing.problems?.join(' ')).toMatch(/not set up yet/);

    // When an admin saves a policy
    const saved = (await app.invoke(PEOPLE.alex, key, 'savePolicy', {
      policy: demoPolicy,
      expectedRevision: 0,
    })) as Envelope<unknown>;
    expect(saved.ok).toBe(true);

    // Then the requester cannot route it again herself
    const refused = (await app.invoke(PEOPLE.dana, key, 'routeAgain', { issueKey: key })) as Envelope<Panel>;
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'FORBIDDEN',
        message: 'Only change managers and Jira administrators can route a change request again.',
      },
    });

    // But the admin can: it goes to its approvers, and the Jira status follows
    const routed = (await app.invoke(PEOPLE.alex, key, 'routeAgain', { issueKey: key })) as Envelope<Panel>;
    expect(routed.value).toMatchObject({
      phase: 'awaiting-approval',
      status: 'Awaiting approval',
      routing: { state: 'routed' },
      groups: [{ name: 'cab-payments' }],
    });

    // And a routed CR cannot be routed again
    const again = (await app.invoke(PEOPLE.alex, key, 'routeAgain', { issueKey: key })) as Envelope<Panel>;
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(again.error?.message).toContain('Only a change request that needs attention can be routed again.');
  });
});
