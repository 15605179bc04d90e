/**
 * Routing that stops part-way (docs/architecture.md, "Resumable steps"), through the local host: the team
 * channel's webhook fails after the approvers were emailed, a panel view follows (it routes a CR that is not
 * routed yet), and the hourly reconcile runs. Every step is done exactly once: one approval email per
 * approver, one channel line, the pull request's commit status.
 */
import { channelFails } from './channel-faults';
import { draftFromApprovedReview, HEAD_SHA, readIssue, statusesOn } from '../github/github-harness';
import { ECAB_PEOPLE, emergencyAnswers, EMERGENCY_REQUEST_TYPE_ID } from '../emergency/emergency-harness';
import { PEOPLE, startAppHost, validAnswers, type AppHost } from './app-harness';

interface Email {
  issueKey: string;
  subject: string;
  recipients: { accountId: string }[];
}

async function approvalEmails(app: AppHost, issueKey: string): Promise<Email[]> {
  const all = (await (await fetch(`${app.host.url}/_local/outbox`)).json()) as Email[];
  return all.filter((mail) => mail.issueKey === issueKey && mail.subject.includes('Approval needed'));
}

async function channelLines(app: AppHost, issueKey: string): Promise<{ text: string; urgent: boolean }[]> {
  const all = (await (await fetch(`${app.host.url}/_local/chat`)).json()) as {
    issueKey: string;
    text: string;
    urgent: boolean;
  }[];
  return all.filter((line) => line.issueKey === issueKey && line.text.includes('needs approval'));
}

const recipientsOf = (emails: Email[]) =>
  emails.flatMap((mail) => mail.recipients.map((recipient) => recipient.accountId)).sort();

/** The hourly reconcile runs at the next full hour (scheduled trigger `cab-decision-reconcile`). */
async function nextHour(app: AppHost): Promise<void> {
  await app.host.clock.advance(61);
  await app.host.settle();
}

describe('routing that stops part-way is finished, each step once', () => {
  let app: AppHost;
  beforeEach(async () => {
    app = await startAppHost();
    // The failed invocations log their errors; the assertions are on what people see.
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(async () => {
    jest.restoreAllMocks();
    await app.stop();
  });

  it('a CR drafted from a PR whose channel post failed after the email: one email, one line, its commit status', async () => {
    // Given a CR drafted from an approved PR, and the channel failing once when its routing posts
    const key = await draftFromApprovedReview(app, 21);
    const statusesBefore = statusesOn(app, HEAD_SHA).length;
    channelFails(app, 'needs approval', 1);

    // When Dana submits it: the approvers are emailed, then the channel answers 503
    const { affectedSystems: _fromGitHub, ...answers } = validAnswers();
    const submitted = await app.invoke(PEOPLE.dana, key, 'submitAnswers', { issueKey: key, answers });
    expect(submitted).toMatchObject({ ok: false });
    await app.host.settle();
    const emailed = recipientsOf(await approvalEmails(app, key));
    expect(emailed.length).toBeGreaterThan(0);
    expect(await channelLines(app, key)).toEqual([]);

    // And the approver opens the panel, and the hour passes
    await app.invoke(PEOPLE.priya, key, 'getApprovalPanel', { issueKey: key });
    await app.host.settle();
    await nextHour(app);

    // Then each approver was emailed once, the channel has one line, and the PR shows the CR pending
    expect(recipientsOf(await approvalEmails(app, key))).toEqual(emailed);
    expect(new Set(emailed).size).toBe(emailed.length);
    expect(await channelLines(app, key)).toHaveLength(1);
    expect(
      statusesOn(app, HEAD_SHA)
        .slice(statusesBefore)
        .map((status) => status.state),
    ).toEqual(['pending']);
    expect((await readIssue(app, key)).fields.status.name).toBe('Awaiting approval');
    // And nothing is left for a later hour
    await nextHour(app);
    expect(await channelLines(app, key)).toHaveLength(1);
  });

  it('an emergency whose urgent page failed in the channel: each ECAB member emailed once, one urgent line', async () => {
    // Given Jira rate-limits the first notify (a 429 is a refused request: the adapter waits and sends it
    // again), and the channel fails the urgent page once
    await fetch(`${app.host.url}/_local/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ rateLimit: { count: 1, pathPattern: '/notify$', retryAfterSeconds: 1 } }),
    });
    channelFails(app, 'Paging', 1);

    // When Dana raises an emergency change (its created event routes and pages the ECAB)
    const key = await app.raise(
      PEOPLE.dana,
      'Revert the gateway config',
      emergencyAnswers(),
      EMERGENCY_REQUEST_TYPE_ID,
    );
    expect(await channelLines(app, key)).toEqual([]);

    // And opens its panel, and the hour passes
    await app.invoke(PEOPLE.dana, key, 'getApprovalPanel', { issueKey: key });
    await app.host.settle();
    await nextHour(app);

    // Then every ECAB member got the page once, and the channel has one urgent line
    const expected = ECAB_PEOPLE.map((person) => person.accountId).sort();
    expect(recipientsOf(await approvalEmails(app, key))).toEqual(expected);
    const lines = await channelLines(app, key);
    expect(lines).toHaveLength(1);
    expect(lines[0]?.urgent).toBe(true);
    expect((await readIssue(app, key)).fields.status.name).toBe('Awaiting emergency approval');
  });
});
