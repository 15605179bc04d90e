/**
 * A change request raised by a generic REST client (plain HTTP with Basic auth, knowing only Jira's public
 * API) is routed like a portal one; without its CAB answers it waits for them and routes once they are in;
 * a request of another type is never touched; the read-only field refuses Edit issue.
 */
import { basic, PEOPLE, startAppHost, validAnswers, type AppHost, type Person } from '../app/app-harness';
import { cabFieldValues, type CabFieldIds } from '../../../local/tools/cab-request-fields';

interface Email {
  issueKey: string;
  subject: string;
  textBody?: string;
  recipients: { emailAddress: string; accountId?: string }[];
}
interface Approval {
  id: string;
  finalDecision: string;
  approvers: { approver: { accountId: string }; approverDecision: string }[];
}

describe('change requests from every channel (plain JSM and Jira REST)', () => {
  let app: AppHost;
  let ids: CabFieldIds;
  beforeAll(async () => {
    app = await startAppHost();
    ids = await app.fieldIds();
  });
  afterAll(async () => {
    await app.stop();
  });

  const json = async <T>(response: Response): Promise<T> => (await response.json()) as T;
  const status = async (key: string) =>
    (
      await json<{ fields: { status: { name: string } } }>(
        await app.rest(`/rest/api/3/issue/${key}?fields=status`, PEOPLE.morgan),
      )
    ).fields.status.name;
  const outbox = async (key: string) =>
    (await json<Email[]>(await fetch(`${app.host.url}/_local/outbox`))).filter(
      (mail) => mail.issueKey === key,
    );
  const chat = async (key: string) =>
    (await json<{ issueKey: string; text: string }[]>(await fetch(`${app.host.url}/_local/chat`))).filter(
      (message) => message.issueKey === key,
    );
  const internalComments = async (key: string) =>
    (
      await json<{ values: { public: boolean; body: string }[] }>(
        await app.rest(
          `/rest/servicedeskapi/request/${key}/comment?internal=true&public=true`,
          PEOPLE.morgan,
        ),
      )
    ).values.filter((comment) => !comment.public);

  /** Each approver answers JSM's own approval as themselves, as JSM's portal buttons do. */
  async function approveAs(key: string, people: Person[]): Promise<void> {
    for (const person of people) {
      const page = await json<{ values: Approval[] }>(
        await app.rest(`/rest/servicedeskapi/request/${key}/approval`, person),
      );
      const approval = page.values.find((candidate) => candidate.finalDecision === 'pending');
      if (approval === undefined) throw new Error(`no pending approval on ${key} for ${person.email}`);
      const answered = await app.rest(`/rest/servicedeskapi/request/${key}/approval/${approval.id}`, person, {
        method: 'POST',
        body: { decision: 'approve' },
      });
      expect(answered.status).toBe(200);
      await app.host.settle();
    }
  }

  it('routes a Change raised over JSM REST with request-type fields, and records the decision', async () => {
    // Given Dana raises a change to the Payments API over JSM REST (cab-payments and cab-security approve it)
    const key = await app.raise(
      PEOPLE.dana,
      'Upgrade the card tokenisation library',
      validAnswers({ affectedSystems: ['payments-api'] }),
    );

    // Then it is awaiting approval with one JSM approval naming each group's members, and the groups were told
    expect(await status(key)).toBe('Awaiting approval');
    const approvals = await json<{ values: Approval[] }>(
      await app.rest(`/rest/servicedeskapi/request/${key}/approval`, PEOPLE.priya),
    );
    expect(approvals.values).toHaveLength(1);
    expect(approvals.values[0]?.approvers.map((entry) => entry.approver.accountId).sort()).toEqual(
      [PEOPLE.priya.accountId, PEOPLE.sam.accountId, PEOPLE.elena.accountId].sort(),
    );
    expect((await outbox(key)).map((mail) => mail.subject)).toEqual([
      'Approval needed: ' + `${key} Upgrade the card tokenisation library`,
    ]);
    expect(await chat(key)).toHaveLength(1);

    // When one member of each group approves as themselves
    await approveAs(key, [PEOPLE.priya, PEOPLE.sam]);

    // Then it is Approved with a decision record, and the channel heard the decision
    expect(await status(key)).toBe('Approved');
    const records = await internalComments(key);
    expect(records).toHaveLength(1);
    expect(records[0]?.body).toMatch(/Approved/);
    expect((await chat(key)).length).toBeGreaterThanOrEqual(2);
  });

  it('routes an Emergency change raised over JSM REST to the emergency approvers', async () => {
    const key = await app.raise(
      PEOPLE.dana,
      'Restore alert routing',
      validAnswers({ affectedSystems: ['observability'], changeType: 'normal', risk: 'high' }),
      '11',
    );

    // The request type forces the emergency route, and every emergency approver is paged
    expect(await status(key)).toBe('Awaiting emergency approval');
    const paged = (await outbox(key)).flatMap((mail) => mail.recipients.map((to) => to.accountId));
    expect(paged.sort()).toEqual(
      [PEOPLE.olivia, PEOPLE.sam, PEOPLE.elena, PEOPLE.morgan].map((person) => person.accountId).sort(),
    );
    const fields = await json<{ fields: Record<string, unknown> }>(
      await app.rest(`/rest/api/3/issue/${key}?fields=${ids.changeType}`, PEOPLE.morgan),
    );
    expect(fields.fields[ids.changeType]).toBe('emergency');

    await approveAs(key, [PEOPLE.olivia, PEOPLE.sam, PEOPLE.morgan]);
    expect(await status(key)).toBe('Approved');
    expect(await internalComments(key)).toHaveLength(1);
  });

  it('holds a change without its CAB answers in Waiting for answers, tells the requester, and routes once they are in', async () => {
    // Given an agent raises a Change through Jira's Create issue with the Request Type field and a summary only
    const created = await app.rest('/rest/api/3/issue', PEOPLE.morgan, {
      method: 'POST',
      body: {
        fields: {
          project: { key: 'CHG' },
          issuetype: { id: '10005' },
          summary: 'Rotate the checkout signing key',
          reporter: { accountId: PEOPLE.dana.accountId },
          customfield_10010: '10',
        },
      },
    });
    expect(created.status).toBe(201);
    const { key } = await json<{ key: string }>(created);
    await app.host.settle();

    // Then nothing is routed: it waits for answers, and Dana was emailed exactly what is missing
    expect(await status(key)).toBe('Waiting for answers');
    const approvals = await json<{ values: Approval[] }>(
      await app.rest(`/rest/servicedeskapi/request/${key}/approval`, PEOPLE.morgan),
    );
    expect(approvals.values).toEqual([]);
    const mails = await outbox(key);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({
      subject: `${key}: answers needed before approval`,
      recipients: [expect.objectContaining({ accountId: PEOPLE.dana.accountId })],
    });
    for (const question of ['Affected systems', 'Change risk', 'Rollback plan', 'Test evidence'])
      expect(mails[0]?.textBody).toContain(question);
    expect(mails[0]?.textBody).toContain(`/servicedesk/customer/portal/1/${key}`);

    // When the agent fills in the answers with Edit issue (an avi:jira:updated:issue on those fields)
    const edited = await app.rest(`/rest/api/3/issue/${key}`, PEOPLE.morgan, {
      method: 'PUT',
      body: { fields: cabFieldValues(validAnswers(), ids) },
    });
    expect(edited.status).toBe(204);
    await app.host.settle();

    // Then it routes by itself to cab-payments, with no second "answers needed" email
    expect(await status(key)).toBe('Awaiting approval');
    expect((await outbox(key)).map((mail) => mail.subject)).toEqual([
      `${key}: answers needed before approval`,
      `Approval needed: ${key} Rotate the checkout signing key`,
    ]);
  });

  it('holds a change whose answers break the rules, says why, and emails again only for a new problem', async () => {
    // Given Dana raises a Change over JSM REST naming an unknown system, with a three-week window (rules
    // Jira's own field validation does not know)
    const key = await app.raise(
      PEOPLE.dana,
      'Move checkout to the new CDN',
      validAnswers({
        affectedSystems: ['mainframe'],
        plannedWindow: {
          start: '2026-12-01T10:00:00+00:00',
          end: '2026-12-22T10:00:00+00:00',
          timeZone: 'Europe/London',
        },
      }),
    );
    expect(await status(key)).toBe('Waiting for answers');
    const panel = (await app.invoke(PEOPLE.morgan, key, 'getApprovalPanel', { issueKey: key })) as {
      value: { routing: { state: string; problems: { label: string; kind: string; message: string }[] } };
    };
    expect(panel.value.routing.state).toBe('waiting-for-answers');
    expect(panel.value.routing.problems.map((problem) => [problem.label, problem.kind])).toEqual([
      ['Affected systems', 'invalid'],
      ['Change window', 'invalid'],
    ]);
    expect(panel.value.routing.problems[0]?.message).toContain("'mainframe'");

    // When the agent fixes only the system
    await app.rest(`/rest/api/3/issue/${key}`, PEOPLE.morgan, {
      method: 'PUT',
      body: { fields: { [ids.affectedSystems]: ['checkout-web'] } },
    });
    await app.host.settle();

    // Then it still waits (the window), and Dana got no second email for the problem she was already told about
    expect(await status(key)).toBe('Waiting for answers');
    expect(await outbox(key)).toHaveLength(1);
  });

  it("refuses through Jira's own field validation what the field's validation expression catches", async () => {
    const created = await app.rest('/rest/servicedeskapi/request', PEOPLE.dana, {
      method: 'POST',
      body: {
        serviceDeskId: '1',
        requestTypeId: '10',
        requestFieldValues: {
          summary: 'Bump the checkout build image',
          ...cabFieldValues(
            validAnswers({ testing: { tested: true, evidenceUrl: 'http://ci.acme.example/runs/9' } }),
            ids,
          ),
        },
      },
    });
    expect(created.status).toBe(400);
    expect((await json<{ errorMessage: string }>(created)).errorMessage).toContain(
      'Link the test evidence (an https address), or say why the change was not tested.',
    );
  });

  it('raises a waiting change request from the email channel', async () => {
    const sent = await fetch(`${app.host.url}/_local/email`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        from: PEOPLE.dana.email,
        subject: 'Please approve the checkout hotfix',
        body: 'Details to follow.',
        requestTypeId: '10',
      }),
    });
    expect(sent.status).toBe(201);
    const { issueKey } = await json<{ issueKey: string }>(sent);
    await app.host.settle();

    expect(await status(issueKey)).toBe('Waiting for answers');
    expect((await outbox(issueKey)).map((mail) => mail.subject)).toEqual([
      `${issueKey}: answers needed before approval`,
    ]);
  });

  it('leaves a request of another type alone', async () => {
    const created = await app.rest('/rest/servicedeskapi/request', PEOPLE.dana, {
      method: 'POST',
      body: {
        serviceDeskId: '1',
        requestTypeId: '12',
        requestFieldValues: { summary: 'My laptop will not start', description: 'It beeps three times.' },
      },
    });
    expect(created.status).toBe(201);
    const { issueKey } = await json<{ issueKey: string }>(created);
    await app.host.settle();

    const panel = (await app.invoke(PEOPLE.morgan, issueKey, 'getApprovalPanel', { issueKey })) as {
      value: { routing: { state: string } };
    };
    expect(panel.value.routing.state).toBe('not-routed');
    expect(await status(issueKey)).toBe('Draft');
    expect(await outbox(issueKey)).toEqual([]);
    expect(await chat(issueKey)).toEqual([]);
    expect(await internalComments(issueKey)).toEqual([]);
  });

  it('refuses the read-only Linked pull request field through Edit issue, for agents and admins alike', async () => {
    const key = await app.raise(PEOPLE.dana, 'Tidy checkout logs', validAnswers());
    for (const person of [PEOPLE.morgan, PEOPLE.alex]) {
      const edited = await app.rest(`/rest/api/3/issue/${key}`, person, {
        method: 'PUT',
        body: {
          fields: {
            [ids.linkedPullRequest]: {
              repository: 'acme/checkout-web',
              number: 7,
              url: 'https://github.com/acme/checkout-web/pull/7',
              headSha: 'a'.repeat(40),
            },
          },
        },
      });
      expect(edited.status).toBe(400);
      const body = await json<{ errors: Record<string, string> }>(edited);
      expect(body.errors[ids.linkedPullRequest]).toMatch(/cannot be set/);
    }
    const raw = await fetch(`${app.host.url}/rest/api/3/issue/${key}?fields=${ids.linkedPullRequest}`, {
      headers: { authorization: basic(PEOPLE.morgan) },
    });
    expect(
      (await json<{ fields: Record<string, unknown> }>(raw)).fields[ids.linkedPullRequest] ?? null,
    ).toBeNull();
  });
});
