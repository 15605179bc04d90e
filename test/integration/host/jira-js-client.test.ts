/**
 * Drives the stand-in over HTTP with jira.js 6.2.0, a real Jira client nobody here wrote, with its schema
 * checks set to throw: if our responses drifted from Atlassian's specs, its zod schemas would reject them.
 */
import { createClient } from 'jira.js/core';
import { answerApproval, createCustomerRequest, getApprovals } from 'jira.js/serviceDesk';
import { DANA, SAM, startHost, type StartedHost } from './host-harness';

const MORGAN = 'morgan.blake@asynccab.example';
const PRIYA = 'priya.nair@asynccab.example';
const APPROVER_GROUPS = 'customfield_10030';
const CAB_SECURITY = '0b8f3d2a-5c1e-4f7a-9e21-6a4d8c3b1001';

describe('jira.js over HTTP against the stand-in', () => {
  let started: StartedHost;
  beforeAll(async () => {
    started = await startHost();
  });
  afterAll(async () => {
    await started.stop();
  });

  const clientFor = (email: string) =>
    createClient({
      host: started.host.url,
      auth: { type: 'basic', email, apiToken: 'local-any-token' },
      onSchemaMismatch: 'throw',
      retry: { maxAttempts: 1 },
    });

  it('creates a request, lists its approvals and answers one as the approver', async () => {
    const created = await createCustomerRequest(clientFor(DANA.email), {
      serviceDeskId: '1',
      requestTypeId: '10',
      requestFieldValues: { summary: 'Rotate the identity signing keys' },
    });
    expect(created.issueKey).toMatch(/^CHG-\d+$/);
    const issueKey = String(created.issueKey);

    // The agent's steps (what the app will do when it routes a CR) go over plain HTTP: jira.js/cloud's model
    // modules have circular imports that do not survive the CommonJS transform jest needs.
    const edited = await started.call(`/rest/api/3/issue/${issueKey}`, {
      method: 'PUT',
      as: MORGAN,
      body: JSON.stringify({ fields: { [APPROVER_GROUPS]: [{ groupId: CAB_SECURITY }] } }),
    });
    expect(edited.status).toBe(204);
    const listed = (await (
      await started.call(`/rest/api/3/issue/${issueKey}/transitions`, { as: MORGAN })
    ).json()) as {
      transitions: { id: string; name: string }[];
    };
    const requestApproval = listed.transitions.find((transition) => transition.name === 'Request approval');
    expect(requestApproval).toBeDefined();
    const moved = await started.call(`/rest/api/3/issue/${issueKey}/transitions`, {
      method: 'POST',
      as: MORGAN,
      body: JSON.stringify({ transition: { id: requestApproval?.id } }),
    });
    expect(moved.status).toBe(204);

    const page = await getApprovals(clientFor(SAM.email), { issueIdOrKey: issueKey });
    const approval = page.values?.[0];
    expect(approval).toMatchObject({ finalDecision: 'pending', canAnswerApproval: true });
    expect(approval?.approvers?.map((entry) => entry.approver?.emailAddress).sort()).toEqual([
      'elena.petrova@asynccab.example',
      'sam.rivera@asynccab.example',
    ]);

    await expect(
      answerApproval(clientFor(PRIYA), {
        issueIdOrKey: issueKey,
        approvalId: Number(approval?.id),
        decision: 'approve',
      }),
    ).rejects.toThrow();

    const answered = await answerApproval(clientFor(SAM.email), {
      issueIdOrKey: issueKey,
      approvalId: Number(approval?.id),
      decision: 'approve',
    });
    expect(answered).toMatchObject({ finalDecision: 'approved' });
    const issue = await started.call(`/rest/api/3/issue/${issueKey}?fields=status`, { as: MORGAN });
    expect(await issue.json()).toMatchObject({ fields: { status: { name: 'Approved' } } });
  });
});
