/**
 * What people see, in Chromium against the real local host: a create form that marks every answer that
 * needs attention when Create is pressed, the decision record as formatted text (not the comment's plain
 * text) on the portal request view and in the issue panel, and a deadline that falls after the planned
 * window starts pointed out in the approval email, the channel and the panel. Screenshots go to
 * /tmp/human-shots/ (and test-results/screenshots/) for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FrameLocator, Page } from 'playwright-core';

import {
  CHANGE_TYPE_ID,
  DEMO,
  fieldFrame,
  PAYMENTS_CHANGE,
  PORTAL_ID,
  raiseChange,
  SCREENSHOTS,
  startPortalHarness,
  statusPanel,
  fillChangeForm,
  type ChangeAnswers,
  type DemoUser,
  type PortalHarness,
} from './portal-harness';

const WAIT = { timeout: 20_000 };
const HUMAN_SHOTS = '/tmp/human-shots';

let harness: PortalHarness;

beforeAll(async () => {
  mkdirSync(HUMAN_SHOTS, { recursive: true });
  harness = await startPortalHarness();
}, 120_000);

afterAll(async () => {
  await harness.close();
});

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(HUMAN_SHOTS, `${name}.png`), fullPage: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** The host clock's date and time in London, `hoursAhead` from now, as the form's inputs take them. */
async function londonInputsIn(hoursAhead: number): Promise<{ date: string; time: string }> {
  const { now } = (await (await fetch(`${harness.host.url}/_local/clock`)).json()) as { now: string };
  const at = new Date(Date.parse(now) + hoursAhead * 3_600_000);
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(at);
  const part = (type: string) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  return { date: `${part('year')}-${part('month')}-${part('day')}`, time: `${part('hour')}:00` };
}

/** A change whose window starts `hoursAhead` from the host's now and lasts an hour. */
async function changeStartingIn(hoursAhead: number, summary: string): Promise<ChangeAnswers> {
  return {
    ...PAYMENTS_CHANGE,
    summary,
    start: await londonInputsIn(hoursAhead),
    end: await londonInputsIn(hoursAhead + 1),
  };
}

async function openRequest(user: DemoUser, issueKey: string, width = 1280): Promise<Page> {
  const page = await harness.pageAs(user, width);
  await page.goto(`${harness.host.url}/servicedesk/customer/portal/${PORTAL_ID}/${issueKey}`);
  await statusPanel(page).getByTestId('approver-groups').waitFor(WAIT);
  return page;
}

async function approveOnPortal(user: DemoUser, issueKey: string): Promise<void> {
  const page = await openRequest(user, issueKey);
  await statusPanel(page).getByRole('button', { name: 'Approve' }).click();
  await statusPanel(page)
    .getByRole('button', { name: 'Approve' })
    .waitFor({ state: 'detached', ...WAIT });
  await page.context().close();
}

async function waitUntil(condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > until) throw new Error('the condition did not hold in time');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The id of the element focused in the page, and in the frame that has focus, if one has. */
async function focusOf(page: Page): Promise<{ page: string; frame: string | null }> {
  return page.evaluate(() => {
    const active = document.activeElement;
    const inFrame =
      active instanceof HTMLIFrameElement ? (active.contentDocument?.activeElement ?? null) : null;
    return {
      page:
        active instanceof HTMLIFrameElement
          ? `frame:${active.dataset['moduleKey'] ?? ''}`
          : (active?.id ?? ''),
      frame:
        inFrame === null ? null : `${inFrame.tagName.toLowerCase()}:${inFrame.getAttribute('type') ?? ''}`,
    };
  });
}

describe('the create form marks every answer that needs attention', () => {
  /** The window ending before it starts, and an http (not https) evidence link: two answers Jira refuses. */
  const TWO_WRONG: ChangeAnswers = {
    ...PAYMENTS_CHANGE,
    end: { date: PAYMENTS_CHANGE.start.date, time: '09:00' },
    evidenceUrl: 'http://ci.example/run/1',
  };

  it('on the agent Create page: every answer Jira refuses is marked at once, the first focused, the message names them', async () => {
    // Given Morgan (an agent) on the Create page with two wrong answers
    const page = await harness.pageAs(DEMO.morgan, 1024);
    await page.goto(`${harness.host.url}/jira/create?project=CHG`);
    await page.locator('#acab-request-type').selectOption({ label: 'Change' });
    await fieldFrame(page, 'cab-rollback-plan').getByLabel('Rollback plan').waitFor(WAIT);
    await fillChangeForm(page, { ...TWO_WRONG, summary: 'Rotate the payments API audit key' });
    const before = await harness.changeRequestKeys();

    // When he presses Create
    await page.getByRole('button', { name: 'Create' }).click();

    // Then both fields show Jira's message next to them, and are described by it
    const window = page.locator('.field[data-label="Change window"]');
    const evidence = page.locator('.field[data-label="Test evidence"]');
    await window.locator('.field-error:not([hidden])').waitFor(WAIT);
    for (const field of [window, evidence]) {
      expect(await field.getAttribute('data-invalid')).not.toBeNull();
      expect(await field.locator('iframe').getAttribute('aria-describedby')).toBe(
        await field.locator('.field-error').getAttribute('id'),
      );
    }
    expect(await evidence.locator('.field-error').textContent()).toMatch(/https/);
    // And the fields without a problem are not marked
    expect(await page.locator('.field[data-invalid]').count()).toBe(2);
    // And the message above the button names them by label
    expect(await page.locator('#acab-create-error').textContent()).toBe(
      'Fix the errors in the form: Change window and Test evidence need your attention.',
    );
    // And the keyboard is in the first of them: the window's frame passed it to its first wrong part
    await waitUntil(async () => (await focusOf(page)).page === 'frame:cab-change-window');
    expect((await focusOf(page)).frame).toMatch(/^input:/);
    expect(await harness.changeRequestKeys()).toEqual(before);
    await shoot(page, 'agent-create-marked');
    await page.context().close();
  });

  it('on the portal: the answer JSM refuses is marked and focused, and each field says what is wrong with it', async () => {
    const page = await harness.pageAs(DEMO.dana, 1024);
    await page.goto(`${harness.host.url}/servicedesk/customer/portal/${PORTAL_ID}/create/${CHANGE_TYPE_ID}`);
    await fillChangeForm(page, TWO_WRONG);
    const before = await harness.changeRequestKeys();

    await page.getByRole('button', { name: 'Create' }).click();

    // JSM names one field per refusal: it is marked, described and focused, and the message names it
    const marked = page.locator('.field[data-invalid]');
    await marked.first().waitFor(WAIT);
    const label = (await marked.first().getAttribute('data-label')) ?? '';
    expect(['Change window', 'Test evidence']).toContain(label);
    expect(await page.locator('#acab-create-error').textContent()).toBe(
      `Fix the errors in the form: ${label} needs your attention.`,
    );
    const moduleKey = label === 'Change window' ? 'cab-change-window' : 'cab-test-evidence';
    await waitUntil(async () => (await focusOf(page)).page === `frame:${moduleKey}`);
    // And both wrong answers say what is wrong in their own field, marked invalid there
    await fieldFrame(page, 'cab-change-window')
      .getByText(/must end after it starts/)
      .waitFor(WAIT);
    await fieldFrame(page, 'cab-test-evidence').getByText(/https/).first().waitFor(WAIT);
    expect(
      await fieldFrame(page, 'cab-test-evidence')
        .getByLabel('Link to the test evidence')
        .getAttribute('aria-invalid'),
    ).toBe('true');
    expect(await harness.changeRequestKeys()).toEqual(before);
    await shoot(page, 'portal-create-marked');
    await page.context().close();
  });

  it('marks every empty required field at once, an app field too, and clears it once answered', async () => {
    // Given the agent form, where Summary is required, with nothing typed
    const page = await harness.pageAs(DEMO.morgan, 1024);
    await page.goto(`${harness.host.url}/jira/create?project=CHG`);
    await page.locator('#acab-request-type').selectOption({ label: 'Change' });
    await fieldFrame(page, 'cab-rollback-plan').getByLabel('Rollback plan').waitFor(WAIT);
    // (an app field made required, as an admin may on the request type: the host checks it as Jira does)
    await page.locator('.field[data-label="Rollback plan"]').evaluate((field) => {
      (field as HTMLElement).dataset['required'] = 'true';
    });

    await page.getByRole('button', { name: 'Create' }).click();

    // Then both say they are required, Summary (a text field) is aria-invalid and has the keyboard
    expect(await page.locator('.field[data-label="Summary"] .field-error').textContent()).toBe(
      'Summary is required.',
    );
    expect(await page.locator('.field[data-label="Rollback plan"] .field-error').textContent()).toBe(
      'Rollback plan is required.',
    );
    expect(await page.getByLabel('Summary').getAttribute('aria-invalid')).toBe('true');
    expect((await focusOf(page)).page).toBe('acab-field-summary');
    expect(await page.locator('#acab-create-error').textContent()).toBe(
      'Fix the errors in the form: Summary and Rollback plan need your attention.',
    );

    // When the rollback plan is answered, its message goes
    const rollback = fieldFrame(page, 'cab-rollback-plan').getByLabel('Rollback plan');
    await rollback.fill('Re-deploy the previous key.');
    await page
      .locator('.field[data-label="Rollback plan"] .field-error')
      .waitFor({ state: 'hidden', ...WAIT });
    expect(await page.locator('.field[data-label="Rollback plan"]').getAttribute('data-invalid')).toBeNull();
    await page.context().close();
  });
});

describe('the decision record reads as formatted text', () => {
  let issueKey: string;

  beforeAll(async () => {
    // A change planned a month ahead, approved by both its groups on the portal
    const page = await harness.pageAs(DEMO.dana);
    issueKey = await raiseChange(
      page,
      harness.host.url,
      await changeStartingIn(24 * 30, 'Rotate the card vault key'),
    );
    await page.context().close();
    await approveOnPortal(DEMO.sam, issueKey);
    await approveOnPortal(DEMO.priya, issueKey);
    await harness.host.settle();
  }, 120_000);

  const expectFormatted = async (record: ReturnType<FrameLocator['getByTestId']>) => {
    // Headings, not lines of text
    await record.getByRole('heading', { name: `Change ${issueKey} approved` }).waitFor(WAIT);
    await record.getByRole('heading', { name: 'Decisions' }).waitFor(WAIT);
    // Who decided what and when, as a table with named columns
    const table = record.getByRole('table');
    expect(await table.getByRole('columnheader').allTextContents()).toEqual([
      'Approver',
      'Group',
      'Decision',
      'When',
      'Comment',
    ]);
    expect(await table.getByRole('row').count()).toBe(3);
    // The context as a list, in words: the change type, the risk, the systems by name
    const items = await record.getByRole('listitem').allTextContents();
    expect(items).toEqual(
      expect.arrayContaining(['Change type: Normal', 'Risk: Medium', 'Systems: Payments API']),
    );
    // A link to the change request, not its address in brackets
    const link = record.getByRole('link', { name: issueKey });
    expect(await link.getAttribute('href')).toMatch(new RegExp(`^https?://.*/browse/${issueKey}$`));
    // And nothing of the comment's plain text: no pipes, no ----, no ISO instants
    const text = (await record.textContent()) ?? '';
    expect(text).not.toContain(' | ');
    expect(text).not.toContain('----');
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:/);
  };

  it('on the portal request view', async () => {
    const page = await openRequest(DEMO.dana, issueKey, 800);
    const record = statusPanel(page).getByTestId('decision-record-document');
    await expectFormatted(record);
    await statusPanel(page).getByTestId('decision-record').scrollIntoViewIfNeeded();
    await shoot(page, 'portal-decision-record');
    await page.context().close();
  });

  it('in the issue panel, its first part at once and the rest a click away', async () => {
    const page = await harness.pageAs(DEMO.priya, 1280);
    await page.goto(`${harness.host.url}/browse/${issueKey}`);
    const panel = page.frameLocator('iframe[data-module-key="cab-approval-panel"]');
    const record = panel.getByTestId('decision-record-document');
    await expectFormatted(record);
    await panel.getByRole('button', { name: 'Show the whole record' }).click();
    await panel.getByRole('button', { name: 'Show less' }).waitFor(WAIT);
    await shoot(page, 'issue-panel-decision-record');
    await page.context().close();
  });
});

describe('a deadline after the planned window starts', () => {
  it('is pointed out in the approval email, the channel and on the request view', async () => {
    // Given Dana raises a change whose window starts in two hours: the approvers have longer than that
    const page = await harness.pageAs(DEMO.dana, 800);
    const issueKey = await raiseChange(
      page,
      harness.host.url,
      await changeStartingIn(2, 'Rotate the payments API webhook secret'),
    );
    await harness.host.settle();

    // Then the approval email and the channel line say so, times named in their zone
    const outbox = (await (await fetch(`${harness.host.url}/_local/outbox`)).json()) as {
      issueKey: string;
      subject: string;
      textBody: string;
    }[];
    const email = outbox.find(
      (sent) => sent.issueKey === issueKey && sent.subject.includes('Approval needed'),
    );
    expect(email?.textBody).toMatch(
      /Note: The answer is due .* GMT, after the planned window starts \(.* GMT\)/,
    );
    expect(email?.textBody).toContain('Systems: Payments API · Risk: Medium');
    expect(email?.textBody).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:/);
    const chat = (await (await fetch(`${harness.host.url}/_local/chat`)).json()) as {
      issueKey: string;
      text: string;
    }[];
    expect(chat.find((line) => line.issueKey === issueKey)?.text).toContain(
      'after the planned window starts',
    );

    // And the request view shows it while the approvers decide
    await page.reload();
    const warning = statusPanel(page).getByTestId('late-deadline');
    await warning.waitFor(WAIT);
    expect(await warning.textContent()).toMatch(/to answer, but the planned window starts/);
    await shoot(page, 'portal-late-deadline');
    await page.context().close();

    // And so does the approver's issue panel
    const approver = await harness.pageAs(DEMO.priya, 1280);
    await approver.goto(`${harness.host.url}/browse/${issueKey}`);
    const line = approver
      .frameLocator('iframe[data-module-key="cab-approval-panel"]')
      .getByTestId('late-deadline');
    await line.waitFor(WAIT);
    expect(await line.textContent()).toMatch(/^The answer is due .*, after the planned window starts/);
    await shoot(approver, 'issue-panel-late-deadline');
    await approver.context().close();
  });
});
