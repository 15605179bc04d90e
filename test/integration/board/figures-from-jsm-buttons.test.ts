/**
 * A change request decided with JSM's own approval buttons, never in the app's panel, still counts its
 * time to first response: JSM gives no time per approver, only when it completed the approval, which
 * stands for the answer (no later than it was given).
 */
import type { FiguresView } from '../../../src/shared';
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
  });
});
