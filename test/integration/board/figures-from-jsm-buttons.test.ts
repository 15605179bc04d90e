/**
 * A change request decided with JSM's own approval buttons, never in the app's panel, still counts its
 * time to first response: JSM gives no time per approver, only when it completed the approval, which
 * stands for the answer (no later than it was given).
 */
import type { DecisionExportPartView, FiguresView, OpenChangesView } from '../../../src/shared';
import { PEOPLE, validAnswers } from '../app/app-harness';
import { startBoardHost, valueOf, type BoardHost } from './board-harness';

const HOUR = 3_600_000;

describe('figures of a decision made with JSM’s buttons', () => {
  let app: BoardHost;
  beforeAll(async () => {
    app = await startBoardHost('2026-12-01T09:00:00.000Z');
  });
  afterAll(async () => {
    await app.stop();
  });

  it('counts the approver’s answer at the time JSM completed the approval', async () => {
    // Given a change to Checkout web (cab-payments: Priya), raised at 09:00
    const key = await app.raise(PEOPLE.dana, 'Tune the checkout cache', validAnswers());

    // When Priya approves it two hours later with JSM's own button
    await app.advanceTo('2026-12-01T11:00:00.000Z');
    await app.answerInJsm(PEOPLE.priya, key, 'approve');

    // Then the figures count a first response of about two hours, by Priya
    const figures = valueOf(
      await app.board<FiguresView>(PEOPLE.morgan, 'getFigures', { from: '2026-11-30', to: '2026-12-06' }),
    );
    expect(figures.total).toMatchObject({ decided: 1, approved: 1 });
    expect(figures.total.firstResponse.samples).toBe(1);
    const median = figures.total.firstResponse.medianMs ?? 0;
    expect(Math.abs(median - 2 * HOUR) / (2 * HOUR)).toBeLessThan(0.02);
    expect(figures.byApprover.map((one) => one.label)).toEqual(['Priya Nair']);
    // And the audit export lists her answer as given with JSM's buttons, no later than JSM completed it
    const part = valueOf(
      await app.board<DecisionExportPartView>(PEOPLE.morgan, 'exportDecisions', {
        ...{ from: '2026-11-30', to: '2026-12-06' },
        timeZone: 'Europe/London',
      }),
    );
    expect(part.csv).toMatch(/Priya Nair \([^)]+\): approve with JSM's buttons, seen by 2026-12-01T11:00/);
  });

  it('counts a JSM-button answer in "n of m groups" once the panel has seen it, and times it no later', async () => {
    // Given a change to the Payments API (cab-payments and cab-security), raised at 11:00
    const key = await app.raise(
      PEOPLE.dana,
      'Rotate the payments API signing key',
      validAnswers({ affectedSystems: ['payments-api'] }),
    );
    const groupsOf = async () =>
      valueOf(await app.board<OpenChangesView>(PEOPLE.morgan, 'getOpenChanges', {})).items.find(
        (item) => item.issueKey === key,
      )?.groupsLabel;
    expect(await groupsOf()).toBe('0 of 2 groups approved');

    // When Sam (cab-security) approves an hour later with JSM's own button, and Priya opens the panel
    await app.advanceTo('2026-12-01T12:00:00.000Z');
    await app.answerInJsm(PEOPLE.sam, key, 'approve');
    await app.panel(PEOPLE.priya, key);

    // Then the board counts Sam's group, as the panel does
    expect(await groupsOf()).toBe('1 of 2 groups approved');

    // And when Priya approves in the app two hours later, the first response is Sam's, an hour after routing
    await app.advanceTo('2026-12-01T14:00:00.000Z');
    await app.answerInJsm(PEOPLE.priya, key, 'approve');
    const figures = valueOf(
      await app.board<FiguresView>(PEOPLE.morgan, 'getFigures', { from: '2026-11-30', to: '2026-12-06' }),
    );
    const security = figures.byGroup.find((group) => group.label === 'cab-security');
    const hour = security?.summary.firstResponse.medianMs ?? 0;
    expect(Math.abs(hour - HOUR) / HOUR).toBeLessThan(0.02);
  });
});
