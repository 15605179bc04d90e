import { chatPlainText } from '../../../src/app/chat-text';
import { approvalRequestChat, approvalRequestEmail } from '../../../src/app/route-messages';
import { demoPolicy } from '../../../src/domain/policy';
import { routeChangeRequest } from '../../../src/domain/routing';
import { makeChangeRequest } from '../../factories/make-change-request';

/** Tuesday 1 December 2026, 10:00 in London: inside working hours. */
const NOW = new Date('2026-12-01T10:00:00Z');
const LINK = 'https://site.example/browse/CHG-7';

function routed(overrides: Parameters<typeof makeChangeRequest>[0] = {}) {
  const cr = makeChangeRequest({
    risk: 'medium',
    plannedWindow: { start: '2026-12-08T13:00:00Z', end: '2026-12-08T14:00:00Z', timeZone: 'Europe/London' },
    ...overrides,
  });
  return { cr, routing: routeChangeRequest(demoPolicy, cr, NOW) };
}

describe('the approval request, as approvers read it', () => {
  it('says the change type and risk in words, systems and groups by name, times in their zone', () => {
    // Given a normal, medium-risk change to the payments API planned for next week
    const { cr, routing } = routed();

    // When the approvers are emailed
    const email = approvalRequestEmail('CHG-7', cr, routing, LINK, demoPolicy);

    // Then it reads in words: no keys, no ISO instants
    expect(email.textBody.split('\n')).toEqual([
      `Normal change CHG-7 needs your approval: ${cr.summary}`,
      'Systems: Payments API · Risk: Medium',
      'Planned window: Tue 8 Dec 2026, 13:00 – 14:00 GMT',
      'Approver groups: cab-payments (1 approval), cab-security (1 approval)',
      expect.stringMatching(/^Please answer by \w{3} \d+ Dec 2026, \d{2}:\d{2} GMT\.$/) as unknown as string,
      `Open it: ${LINK}`,
    ]);
    expect(email.textBody).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    expect(email.groupIds.length).toBeGreaterThan(0);
  });

  it('points out a deadline that falls after the planned window starts, by email and in the channel', () => {
    // Given a change whose window starts in an hour, sooner than its approvers have to answer
    const { cr, routing } = routed({
      plannedWindow: {
        start: '2026-12-01T11:00:00Z',
        end: '2026-12-01T12:00:00Z',
        timeZone: 'Europe/London',
      },
    });

    const email = approvalRequestEmail('CHG-7', cr, routing, LINK, demoPolicy);
    const chat = chatPlainText(approvalRequestChat('CHG-7', cr, routing, LINK));

    // Then both say so, the two times side by side in the same zone
    const note =
      /Note: The answer is due \w{3} \d+ Dec 2026, \d{2}:\d{2} GMT, after the planned window starts \(Tue 1 Dec 2026, 11:00 GMT\): approvers may still be deciding while the change is being made\./;
    expect(email.textBody).toMatch(note);
    expect(chat).toMatch(note);
    // In the HTML body the note is a panel beside the facts' table
    expect(email.htmlBody).toMatch(
      /<div style="[^"]*background:#fff7d6"><p style="margin:0 0 8px">Note: The answer is due/,
    );
    expect(email.htmlBody).toContain('<th style=');
  });

  it('says nothing of the sort when the deadline falls before the window starts', () => {
    const { cr, routing } = routed();
    expect(approvalRequestEmail('CHG-7', cr, routing, LINK, demoPolicy).textBody).not.toContain('Note:');
    expect(chatPlainText(approvalRequestChat('CHG-7', cr, routing, LINK))).toMatch(
      /^Change CHG-7 needs approval from cab-payments, cab-security: .* \(medium risk; answer by \w{3} \d+ Dec 2026, \d{2}:\d{2} GMT\) https:/,
    );
  });

  it('shows a system the policy no longer knows by its key rather than leaving it out', () => {
    const { cr, routing } = routed();
    const email = approvalRequestEmail(
      'CHG-7',
      { ...cr, affectedSystems: ['payments-api', 'gone'] },
      routing,
      LINK,
      demoPolicy,
    );
    expect(email.textBody).toContain('Systems: Payments API, gone · Risk: Medium');
  });
});
