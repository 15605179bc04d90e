/**
 * The requester is told the outcome by email, with the link they open: approved with the conditions listed,
 * and declined with the reasons given; each once, however often the decision is seen again.
 */
import { PEOPLE, startAppHost, validAnswers, type AppHost } from './app-harness';

interface Envelope<T> {
  ok: boolean;
  value?: T;
}
interface Panel {
  decision: string;
  viewer: { approvalId: string | null };
}

describe('the requester hears the outcome', () => {
  let app: AppHost;
  beforeAll(async () => {
    app = await startAppHost();
  });
  afterAll(async () => {
    await app.stop();
  });

  const answer = async (as: (typeof PEOPLE)[keyof typeof PEOPLE], key: string, extra: object) => {
    const panel = (await app.invoke(as, key, 'getApprovalPanel', { issueKey: key })) as Envelope<Panel>;
    const answered = (await app.invoke(as, key, 'answerApproval', {
      issueKey: key,
      approvalId: panel.value?.viewer.approvalId,
      ...extra,
    })) as Envelope<Panel>;
    await app.host.settle();
    return answered;
  };
  const mailTo = (key: string, accountId: string) =>
    app.host.jira
      .outbox()
      .filter(
        (mail) => mail.issueKey === key && mail.recipients.some((person) => person.accountId === accountId),
      );

  it('emails the requester an approval with its conditions, once', async () => {
    const key = await app.raise(PEOPLE.dana, 'Tune the checkout cache', validAnswers());
    const approved = await answer(PEOPLE.priya, key, {
      decision: 'approve',
      conditions: ['Deploy after 18:00 with the on-call engineer present'],
    });
    expect(approved.value?.decision).toBe('approved');
    // Seen again (the panel, the status-change event): nothing more is sent
    await app.invoke(PEOPLE.dana, key, 'getApprovalPanel', { issueKey: key });
    await app.host.settle();

    const told = mailTo(key, PEOPLE.dana.accountId).filter((mail) =>
      mail.subject.startsWith(`${key} approved`),
    );
    expect(told.map((mail) => mail.subject)).toEqual([
      `${key} approved with conditions: Tune the checkout cache`,
    ]);
    expect(told[0]?.textBody).toContain('• Deploy after 18:00 with the on-call engineer present');
    // Formatted in mail clients: the outcome, its conditions as a list, then the decision record itself
    expect(told[0]?.htmlBody).toContain('<li>Deploy after 18:00 with the on-call engineer present</li>');
    expect(told[0]?.htmlBody).toMatch(new RegExp(`<h2[^>]*>${key} approved with conditions</h2>`));
    expect(told[0]?.htmlBody).toMatch(/<h\d[^>]*>[^<]*approved[^<]*<\/h\d>[\s\S]*<table/);
    expect(told[0]?.textBody).not.toContain('<');
    expect(told[0]?.textBody).toContain('You may implement it in its planned window.');
    expect(told[0]?.textBody).toMatch(/Open it: http\S+\/servicedesk\/customer\/portal\/\S+\/CHG-\d+/);
  });

  it('emails the requester a decline with the reasons given', async () => {
    const key = await app.raise(
      PEOPLE.dana,
      'Migrate identity sessions to the new store',
      validAnswers({ affectedSystems: ['identity'] }),
    );
    await answer(PEOPLE.sam, key, {
      decision: 'decline',
      comment: 'No load test evidence for the session store.',
    });

    const told = mailTo(key, PEOPLE.dana.accountId).filter((mail) => mail.subject.includes('declined'));
    expect(told.map((mail) => mail.subject)).toEqual([
      `${key} declined: Migrate identity sessions to the new store`,
    ]);
    expect(told[0]?.textBody).toContain('Sam Rivera: No load test evidence for the session store.');
    expect(told[0]?.textBody).toContain('Do not implement it.');
  });
});
