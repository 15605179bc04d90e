import { PEOPLE, startAppHost, type AppHost } from '../app/app-harness';
import { callsDuring, describeCall, type PanelEnvelope } from './jira-calls-harness';

/**
 * Within one invocation each principal's reads are its own: a customer's read of the issue is never taken
 * for the app's (Jira answers each caller with its own permissions), and neither principal reads the same
 * issue twice when nothing wrote it in between.
 */
describe('reads remembered in an invocation stay with the principal that made them', () => {
  let app: AppHost;
  beforeAll(async () => {
    app = await startAppHost();
  });
  afterAll(async () => {
    await app.stop();
  });

  it("reads the issue once as the customer and once as the app, never serving the customer's read to the app", async () => {
    // Given a change request Riley (a portal customer) raised without its answers: it waits for them
    const issueKey = await app.raise(PEOPLE.riley, 'Update the vendor webhook', {});

    // When Riley opens it (the app looks again whether it can be routed)
    const calls = await callsDuring(app, async () => {
      const panel = (await app.invoke(PEOPLE.riley, issueKey, 'getApprovalPanel', {
        issueKey,
      })) as PanelEnvelope;
      expect(panel.ok).toBe(true);
    });

    // Then Riley's read and the app's own read each happened once
    expect(calls.map(describeCall)).toEqual([
      `user(${PEOPLE.riley.accountId}) GET /rest/api/3/issue/${issueKey}`,
      `app GET /rest/api/3/issue/${issueKey}`,
    ]);
  });
});
