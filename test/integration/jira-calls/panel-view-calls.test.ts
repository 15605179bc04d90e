import { PEOPLE, startAppHost, validAnswers, type AppHost } from '../app/app-harness';
import { callsDuring, describeCall, type PanelEnvelope } from './jira-calls-harness';

/**
 * Opening the issue panel on a routed change request: the issue and its approvals, read as the viewer,
 * and nothing else once the routed groups' members are cached (JSM listed the approvers when the approval
 * opened, so their groups may come from a read up to ten minutes old).
 */
describe('Jira calls of a panel view', () => {
  let app: AppHost;
  beforeAll(async () => {
    app = await startAppHost();
  });
  afterAll(async () => {
    await app.stop();
  });

  const view = async (as: (typeof PEOPLE)[keyof typeof PEOPLE], issueKey: string) => {
    const panel = (await app.invoke(as, issueKey, 'getApprovalPanel', { issueKey })) as PanelEnvelope;
    expect(panel.ok).toBe(true);
    return panel;
  };

  it('reads the issue and the approvals once each, as the viewer: 2 calls', async () => {
    // Given a routed change request on two approver groups, already looked at by one approver
    const issueKey = await app.raise(PEOPLE.dana, 'Rotate the payments API keys', {
      ...validAnswers({ affectedSystems: ['payments-api'] }),
    });
    await view(PEOPLE.priya, issueKey);

    // When another approver opens the panel
    const calls = await callsDuring(app, () => view(PEOPLE.sam, issueKey));

    // Then the app read the issue and the approvals as Sam, and nothing else
    expect(calls.map(describeCall)).toEqual([
      `user(${PEOPLE.sam.accountId}) GET /rest/api/3/issue/${issueKey}`,
      `user(${PEOPLE.sam.accountId}) GET /rest/servicedeskapi/request/${issueKey}/approval`,
    ]);
    expect(calls.every((call) => call.issueKey === issueKey)).toBe(true);
  });

  it('reads the groups from Jira again once the cached members are ten minutes old', async () => {
    // Given a change request whose approver's panel has been viewed (the members are cached)
    const issueKey = await app.raise(PEOPLE.dana, 'Tune the checkout cache', validAnswers());
    await view(PEOPLE.priya, issueKey);
    const warm = await callsDuring(app, () => view(PEOPLE.priya, issueKey));
    expect(warm.filter((call) => call.path === '/rest/api/3/group/member')).toEqual([]);

    // When eleven minutes pass (the deadline sweep may run meanwhile) and the approver looks again
    const later = await callsDuring(app, async () => {
      await app.host.clock.advance(11);
      await view(PEOPLE.priya, issueKey);
    });

    // Then the members were read from Jira again, as the app
    const members = later.filter((call) => call.path === '/rest/api/3/group/member');
    expect(members.length).toBeGreaterThan(0);
    expect(members.every((call) => call.caller === 'app' && call.accountId === undefined)).toBe(true);
  });
});
