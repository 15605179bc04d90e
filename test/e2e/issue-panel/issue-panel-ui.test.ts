/**
 * The issue panel in Chromium, in the local host's issue view, with resolver answers scripted per test:
 * what an approver sees and what the panel sends. The full flow against the real app is in
 * issue-panel-flow.test.ts.
 */
import { join } from 'node:path';

import type { Browser, Frame, FrameLocator, Page } from 'playwright-core';

import { launchChromium, SCREENSHOTS_DIR as screenshots } from '../../support/chromium';

import type { ApprovalPanelView, ResolverResult } from '@async-cab/shared/client';
import { ELENA, makeApprovalPanel, PRIYA, SAM } from './make-approval-panel';
import { PANEL_KEY, startPanelUi, type PanelUiHarness } from './panel-ui-harness';

const WAIT = { timeout: 10_000 };

let harness: PanelUiHarness;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  harness = await startPanelUi();
  browser = await launchChromium();
}, 60_000);

afterAll(async () => {
  await browser.close();
  await harness.close();
});

afterEach(async () => {
  await page.context().close();
  harness.calls.length = 0;
});

const ok = (value: unknown): ResolverResult<unknown> => ({ ok: true, value });

/** Scripts getApprovalPanel with `panels` in turn (the last one repeats) and answerApproval with `answer`. */
function script(
  panels: ApprovalPanelView[],
  answer: () => Promise<ResolverResult<unknown>> | ResolverResult<unknown> = () => ok(panels.at(-1)),
): void {
  let served = 0;
  harness.resolver.current = (call) => {
    if (call.functionKey === 'answerApproval') return answer();
    const panel = panels[Math.min(served, panels.length - 1)];
    served += 1;
    return ok(panel);
  };
}

/** Opens CHG-12's issue view as Sam. */
async function openIssue(): Promise<FrameLocator> {
  page = await browser.newPage({ viewport: { width: 1280, height: 1600 } });
  await page.goto(`${harness.baseUrl}/browse/CHG-12`);
  return page.frameLocator(`iframe[data-module-key="${PANEL_KEY}"]`);
}

async function panelFrame(): Promise<Frame> {
  const handle = await page.locator(`iframe[data-module-key="${PANEL_KEY}"]`).elementHandle();
  const frame = await handle.contentFrame();
  if (frame === null) throw new Error('the panel iframe has no frame');
  return frame;
}

const panelCalls = (functionKey: string) => harness.calls.filter((call) => call.functionKey === functionKey);

function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

describe('an approver opens a pending change', () => {
  it('shows the decision, the time left, each group, the evidence and the answer buttons', async () => {
    // Given a pending change where Sam may answer for cab-security
    script([makeApprovalPanel()]);

    // When Sam opens the issue
    const ui = await openIssue();
    await ui.getByTestId('approval-panel').waitFor(WAIT);

    // Then the panel asked for this issue, from the issue panel module
    expect(panelCalls('getApprovalPanel')[0]).toMatchObject({
      moduleKey: PANEL_KEY,
      payload: { issueKey: 'CHG-12' },
    });
    // And the header says pending, the status and the working time left, with the due time and zone
    expect(await ui.getByTestId('decision-lozenge').textContent()).toBe('Pending');
    expect(await ui.getByTestId('issue-status').textContent()).toBe('Status: Awaiting approval');
    const deadline = await ui.getByTestId('deadline').textContent();
    expect(deadline).toContain('5 h 20 min of working time left');
    // The due time in Sam's own zone and language (en-US, Europe/London), the clock it is counted on named
    expect(deadline).toContain(
      'Due Tue, Nov 25, 2025, 5:00 PM GMT, counted in working hours in Europe/London',
    );
    // And each group says how far it is and who answered or is still asked
    const groups = ui.getByTestId('approval-group');
    expect(await groups.count()).toBe(2);
    expect(await groups.nth(0).textContent()).toContain('cab-payments');
    expect(await groups.nth(0).getByTestId('group-pending').textContent()).toBe(
      `Waiting for${PRIYA.displayName}`,
    );
    expect(await groups.nth(1).getByTestId('group-label').textContent()).toBe('1 of 2 approvals');
    expect(await groups.nth(1).getByTestId('group-approved').textContent()).toBe(
      `Approved${ELENA.displayName}`,
    );
    // And the evidence is summarised
    expect(await ui.getByTestId('evidence-systems').textContent()).toBe('SystemsPayments API');
    expect(await ui.getByTestId('evidence-tested').textContent()).toBe('TestedYes · Test evidence');
    expect(await ui.getByTestId('evidence-pull-request').textContent()).toContain('acme/payments-api#481');
    // And Sam can approve or decline
    expect(await ui.getByTestId('approve').isEnabled()).toBe(true);
    expect(await ui.getByTestId('decline').isEnabled()).toBe(true);
    await page.screenshot({ path: join(screenshots, 'issue-panel-pending-1280.png'), fullPage: true });
  });

  it('keeps long texts and the routing reasons collapsed until asked', async () => {
    script([makeApprovalPanel()]);
    const ui = await openIssue();
    const consequence = ui.getByTestId('evidence-consequence');
    await consequence.waitFor(WAIT);

    // Given the long consequence text is clipped
    expect(await consequence.textContent()).not.toContain('waiting is not an option here');
    // When the approver asks for more
    await consequence.getByRole('button', { name: 'Show more' }).click();
    // Then the whole text shows
    expect(await consequence.textContent()).toContain('waiting is not an option here');

    // And "Why these approvers" opens to the reasons
    const reasons = ui.getByTestId('approver-reasons');
    expect(await reasons.getByText('Payments API is affected').isVisible()).toBe(false);
    await reasons.getByText('Why these approvers').click();
    expect(
      await reasons
        .getByText('Payments API is affected: cab-payments and cab-security approve it.')
        .isVisible(),
    ).toBe(true);
  });

  it.each([360, 800])('fits a %i px wide panel without horizontal scrolling', async (width) => {
    script([makeApprovalPanel()]);
    const ui = await openIssue();
    await ui.getByTestId('approval-panel').waitFor(WAIT);
    // Jira gives an issue panel the width of the issue's main column; set the iframe to exactly that width.
    await page.locator(`iframe[data-module-key="${PANEL_KEY}"]`).evaluate((element, px) => {
      if (element instanceof HTMLElement) element.style.width = `${String(px)}px`;
    }, width);
    await ui.getByTestId('evidence-consequence').getByRole('button', { name: 'Show more' }).click();
    const frame = await panelFrame();
    const overflow = await frame.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({
      path: join(screenshots, `issue-panel-pending-${String(width)}.png`),
      fullPage: true,
    });
  });
});

describe('answering', () => {
  it('approves with a comment and a condition, disables the buttons while sending, then shows the new state', async () => {
    // Given Sam may answer, and the answer will take a moment
    const reply = deferred<ResolverResult<unknown>>();
    const after = makeApprovalPanel({
      viewer: {
        canAnswer: false,
        approvalId: null,
        reason: 'You approved this change on Tue 25 Nov 10:04 GMT.',
      },
    });
    script([makeApprovalPanel()], () => reply.promise);
    const ui = await openIssue();
    await ui.getByTestId('approve').waitFor(WAIT);

    // When Sam writes a comment, adds a condition and approves
    await ui.getByLabel('Comment (optional)').fill('Key rotation rehearsed in staging.');
    await ui.getByTestId('add-condition').click();
    await ui.getByLabel('Condition 1', { exact: true }).fill('Deploy after 18:00');
    await ui.getByTestId('approve').click();

    // Then the buttons are disabled while the answer is in flight
    await ui.getByText('Sending your approval…').waitFor(WAIT);
    expect(await ui.getByTestId('approve').isDisabled()).toBe(true);
    expect(await ui.getByTestId('decline').isDisabled()).toBe(true);

    // And the resolver got exactly this answer for Sam's approval
    expect(panelCalls('answerApproval').map((call) => call.payload)).toEqual([
      {
        issueKey: 'CHG-12',
        approvalId: '7',
        decision: 'approve',
        comment: 'Key rotation rehearsed in staging.',
        conditions: ['Deploy after 18:00'],
      },
    ]);

    // When the answer comes back
    reply.resolve(ok(after));

    // Then the panel shows the returned state and Jira shows a success flag
    await ui.getByTestId('viewer-reason').filter({ hasText: 'You approved this change on' }).waitFor(WAIT);
    expect(await ui.getByTestId('approve').count()).toBe(0);
    const flag = page.locator('#acab-flags [role="alert"]').filter({ hasText: 'You approved CHG-12' });
    await flag.waitFor(WAIT);
    await page.screenshot({ path: join(screenshots, 'issue-panel-approved-flag.png'), fullPage: true });
  });

  it('asks before declining, urges a comment, and shows the decision record', async () => {
    const declined = makeApprovalPanel({
      decision: 'declined',
      status: 'Declined',
      deadline: null,
      viewer: {
        canAnswer: false,
        approvalId: null,
        reason: 'You declined this change on Tue 25 Nov 10:10 GMT.',
      },
      decisionRecord: 'Declined by Sam Rivera (cab-security) on Tue 25 Nov 10:10 GMT: no rollback rehearsal.',
    });
    script([makeApprovalPanel()], () => ok(declined));
    const ui = await openIssue();
    await ui.getByTestId('decline').waitFor(WAIT);

    // When Sam clicks Decline without a comment
    await ui.getByTestId('decline').click();

    // Then the panel asks for confirmation, urges a comment and puts the cursor in the comment field
    const confirmation = ui.getByTestId('decline-confirmation');
    await confirmation.waitFor(WAIT);
    expect(await ui.getByTestId('decline-comment-hint').textContent()).toContain('Add a comment');
    expect(await ui.getByTestId('confirm-decline').textContent()).toBe('Decline without a comment');
    await expectFocused(ui, 'Comment (optional)');
    expect(panelCalls('answerApproval')).toHaveLength(0);
    await page.screenshot({ path: join(screenshots, 'issue-panel-decline-confirm.png'), fullPage: true });

    // When Sam writes why and confirms
    await ui.getByLabel('Comment (optional)').fill('No rollback rehearsal.');
    expect(await ui.getByTestId('confirm-decline').textContent()).toBe('Decline change');
    await ui.getByTestId('confirm-decline').click();

    // Then the decline is sent with the comment, and the decision record shows
    const record = ui.getByTestId('decision-record');
    await record.waitFor(WAIT);
    expect(panelCalls('answerApproval').map((call) => call.payload)).toEqual([
      { issueKey: 'CHG-12', approvalId: '7', decision: 'decline', comment: 'No rollback rehearsal.' },
    ]);
    expect(await record.textContent()).toContain('Change declined');
    expect(await record.textContent()).toContain('no rollback rehearsal');
    expect(await ui.getByTestId('decision-lozenge').textContent()).toBe('Declined');
    await page.locator('#acab-flags').getByText('You declined CHG-12').waitFor(WAIT);
    await page.screenshot({ path: join(screenshots, 'issue-panel-declined.png'), fullPage: true });
  });

  it('cancelling the decline sends nothing and brings the buttons back', async () => {
    script([makeApprovalPanel()]);
    const ui = await openIssue();
    await ui.getByTestId('decline').click(WAIT);
    await ui.getByTestId('cancel-decline').click(WAIT);
    await ui.getByTestId('approve').waitFor(WAIT);
    expect(panelCalls('answerApproval')).toHaveLength(0);
  });

  it('shows a too-long condition next to the field, focuses it and sends nothing', async () => {
    script([makeApprovalPanel()]);
    const ui = await openIssue();
    await ui.getByTestId('add-condition').click(WAIT);
    await ui.getByLabel('Condition 1', { exact: true }).fill('x'.repeat(501));

    await ui.getByTestId('approve').click();

    const error = ui.getByTestId('error-cab-answer-condition-0');
    await error.waitFor(WAIT);
    expect(await error.textContent()).toContain('under 500 characters (this one has 501)');
    await expectFocused(ui, 'Condition 1');
    expect(panelCalls('answerApproval')).toHaveLength(0);
  });

  it('shows a refusal as an error and reloads the panel', async () => {
    // Given the server refuses because Sam raised the change, and a reload then shows Sam without buttons
    script(
      [
        makeApprovalPanel(),
        makeApprovalPanel({
          viewer: {
            canAnswer: false,
            approvalId: null,
            isRequester: true,
            reason: 'You raised this change, so you cannot approve it.',
          },
        }),
      ],
      () => ({
        ok: false,
        error: { code: 'SELF_APPROVAL', message: 'You raised CHG-12, so you cannot approve it.' },
      }),
    );
    const ui = await openIssue();

    // When Sam approves
    await ui.getByTestId('approve').click(WAIT);

    // Then the refusal shows with its message, the panel reloaded, and the buttons are gone
    const error = ui.getByTestId('answer-error');
    await error.waitFor(WAIT);
    expect(await error.getAttribute('role')).toBe('alert');
    expect(await error.textContent()).toContain('You cannot approve your own change');
    expect(await error.textContent()).toContain('You raised CHG-12, so you cannot approve it.');
    await ui.getByTestId('viewer-reason').filter({ hasText: 'You raised this change' }).waitFor(WAIT);
    expect(panelCalls('getApprovalPanel').length).toBeGreaterThanOrEqual(2);
    expect(await ui.getByTestId('approve').count()).toBe(0);
    await page.screenshot({ path: join(screenshots, 'issue-panel-self-approval.png'), fullPage: true });
  });

  it('says when to try again when Jira rate-limits the answer', async () => {
    script([makeApprovalPanel()], () => ({
      ok: false,
      error: { code: 'RATE_LIMITED', message: 'Jira asked the app to slow down.', retryAfterSeconds: 20 },
    }));
    const ui = await openIssue();
    await ui.getByTestId('approve').click(WAIT);
    const error = ui.getByTestId('answer-error');
    await error.waitFor(WAIT);
    expect(await error.textContent()).toContain('Try again in 20 seconds.');
    // The form stays so the approver can send the same answer again
    expect(await ui.getByTestId('approve').isEnabled()).toBe(true);
  });
});

describe('other viewers and states', () => {
  it('warns that the approval is stale when commits were pushed after it', async () => {
    script([
      makeApprovalPanel({
        staleApproval: {
          since: '2026-12-01T10:00:00Z',
          headSha: 'c'.repeat(40),
          message: 'New commits were pushed to the pull request after this change was approved.',
        },
      }),
    ]);
    const ui = await openIssue();
    const notice = ui.getByTestId('stale-approval');
    await notice.waitFor(WAIT);
    expect(await notice.textContent()).toContain('The approval is stale');
  });

  it('shows a non-approver the state and the reason, without buttons', async () => {
    script([
      makeApprovalPanel({
        viewer: { canAnswer: false, approvalId: null, reason: 'You are not an approver of this change.' },
      }),
    ]);
    const ui = await openIssue();
    const reason = ui.getByTestId('viewer-reason');
    await reason.waitFor(WAIT);
    expect(await reason.textContent()).toBe('You are not an approver of this change.');
    expect(await ui.getByTestId('approve').count()).toBe(0);
    expect(await ui.getByTestId('decline').count()).toBe(0);
    expect(await ui.getByTestId('approval-group').count()).toBe(2);
  });

  it('warns that nobody is asked when routing needs a change manager', async () => {
    script([
      makeApprovalPanel({
        routing: {
          state: 'needs-attention',
          message: 'Nobody is asked to approve yet; a change manager must fix the systems.',
          problems: ['"billing-v2" is not a system in the policy.'],
          canRouteAgain: false,
        },
        groups: [],
        deadline: null,
        viewer: { canAnswer: false, approvalId: null, reason: 'You are not an approver of this change.' },
      }),
    ]);
    const ui = await openIssue();
    const notice = ui.getByTestId('routing-notice');
    await notice.waitFor(WAIT);
    expect(await notice.textContent()).toContain(
      'Nobody is asked to approve yet; a change manager must fix the systems.',
    );
    expect(await notice.textContent()).toContain('"billing-v2" is not a system in the policy.');
    expect(await ui.getByTestId('no-groups').isVisible()).toBe(true);
    await page.screenshot({ path: join(screenshots, 'issue-panel-needs-attention.png'), fullPage: true });
  });

  it('marks an overdue emergency clock in red as wall-clock time', async () => {
    script([
      makeApprovalPanel({
        evidence: { changeType: 'emergency' },
        deadline: {
          at: '2025-11-25T09:30:00Z',
          display: 'Tue 25 Nov 09:30 GMT',
          timeZone: 'Europe/London',
          minutesLeft: -120,
          label: 'Overdue by 2 h',
          overdue: true,
          clock: 'wallClock',
        },
        groups: [
          {
            groupId: 'g-ops',
            name: 'cab-operations',
            needed: 1,
            approvedBy: [],
            declinedBy: [],
            pending: [],
            label: '0 of 1 approvals',
            satisfied: false,
            unreachable: 'cab-operations has no members, so it can never approve.',
          },
        ],
      }),
    ]);
    const ui = await openIssue();
    const deadline = ui.getByTestId('deadline');
    await deadline.waitFor(WAIT);
    expect(await deadline.textContent()).toContain('Overdue by 2 h');
    expect(await deadline.textContent()).toContain('Wall-clock');
    expect(await deadline.textContent()).toContain('wall-clock time (emergency)');
    const colour = await deadline
      .getByText('Overdue by 2 h')
      .evaluate((element) => getComputedStyle(element).color);
    expect(colour).toBe('rgb(174, 46, 36)');
    expect(await ui.getByTestId('group-unreachable').textContent()).toContain('can never approve');
  });

  it('shows the decision record of an approved change', async () => {
    script([
      makeApprovalPanel({
        decision: 'approved',
        status: 'Approved',
        viewer: {
          canAnswer: false,
          approvalId: null,
          reason: 'You approved this change on Tue 25 Nov 10:04 GMT.',
        },
        decisionRecord: [
          'Change CHG-12 approved',
          'Approved on Tue 25 Nov 11:20 GMT. 3 approvals, 0 declines.',
          'Priya Nair | cab-payments | Approved',
          'Elena Petrova | cab-security | Approved',
          'Sam Rivera | cab-security | Approved',
          'Conditions',
          'No conditions.',
          'Context',
          'Systems: payments-api',
          'Recorded by Async CAB on Tue 25 Nov 11:20 GMT.',
        ].join('\n'),
      }),
    ]);
    const ui = await openIssue();
    const record = ui.getByTestId('decision-record');
    await record.waitFor(WAIT);
    expect(await record.textContent()).toContain('Change approved');
    expect(await record.textContent()).toContain('Sam Rivera | cab-security | Approved');
    expect(await ui.getByTestId('decision-lozenge').textContent()).toBe('Approved');
    // A decided change has no clock to show, and waits for nobody
    expect(await ui.getByTestId('deadline').count()).toBe(0);
    expect(await ui.getByTestId('group-pending').count()).toBe(0);
    // The record's first lines show; the rest is one click away
    expect(await record.textContent()).not.toContain('Recorded by Async CAB');
    await record.getByRole('button', { name: 'Show more' }).click();
    expect(await record.textContent()).toContain('Recorded by Async CAB on Tue 25 Nov 11:20 GMT.');
    await page.screenshot({ path: join(screenshots, 'issue-panel-approved-record.png'), fullPage: true });
  });

  it('shows a load failure with its message and loads again on "Try again"', async () => {
    // Given the first load fails
    let calls = 0;
    harness.resolver.current = () => {
      calls += 1;
      return calls === 1
        ? {
            ok: false,
            error: { code: 'UPSTREAM_UNAVAILABLE', message: 'Jira did not answer in time. Try again.' },
          }
        : ok(makeApprovalPanel());
    };
    const ui = await openIssue();
    const error = ui.getByTestId('panel-error');
    await error.waitFor(WAIT);
    expect(await error.textContent()).toContain('Jira did not answer in time. Try again.');
    await page.screenshot({ path: join(screenshots, 'issue-panel-load-error.png'), fullPage: true });

    // When the person clicks Try again, then the panel loads
    await ui.getByTestId('try-again').click();
    await ui.getByTestId('approval-panel').waitFor(WAIT);
  });

  it('re-reads the panel when the window gets focus', async () => {
    // Given a panel that another approver answers meanwhile
    script([
      makeApprovalPanel(),
      makeApprovalPanel({
        groups: [
          {
            groupId: 'g-sec',
            name: 'cab-security',
            needed: 2,
            approvedBy: [ELENA, SAM],
            declinedBy: [],
            pending: [],
            label: '2 of 2 approvals',
            satisfied: true,
            unreachable: null,
          },
        ],
      }),
    ]);
    const ui = await openIssue();
    await ui.getByTestId('approval-panel').waitFor(WAIT);

    // When the panel's window gets focus again
    await (await panelFrame()).evaluate(() => window.dispatchEvent(new Event('focus')));

    // Then it shows the newer state
    await ui.getByTestId('group-label').filter({ hasText: '2 of 2 approvals' }).waitFor(WAIT);
    expect(await ui.getByRole('img', { name: 'Enough approvals' }).count()).toBe(1);
  });
});

async function expectFocused(ui: FrameLocator, label: string): Promise<void> {
  const field = ui.getByLabel(label, { exact: true });
  await field.waitFor(WAIT);
  // Focus moves on the next animation frame; poll briefly instead of sleeping.
  for (let attempt = 0; attempt < 50; attempt += 1) {
    if (await field.evaluate((element) => element === document.activeElement)) return;
    await new Promise((resolve) => setImmediate(resolve));
  }
  expect(await field.evaluate((element) => element === document.activeElement)).toBe(true);
}
