/**
 * Decisions made before the app kept figures (an install upgraded from a version without the board) are
 * counted by the hourly reconcile, a slice per run (src/app/figures/backfill-figures.ts), each once.
 */
import { kvs, WhereConditions } from '@forge/kvs';
import type { FiguresView } from '../../../src/shared';
import { inHostInvocation } from '../app/in-host-invocation';
import { PEOPLE, validAnswers } from '../app/app-harness';
import { startBoardHost, valueOf, type BoardHost } from './board-harness';

const week = { from: '2026-11-30', to: '2026-12-06' };

describe('the figures of decisions made before the app kept them', () => {
  let app: BoardHost;
  beforeAll(async () => {
    app = await startBoardHost('2026-12-01T09:00:00.000Z');
  });
  afterAll(async () => {
    await app.stop();
  });

  const decided = async () =>
    valueOf(await app.board<FiguresView>(PEOPLE.morgan, 'getFigures', week)).total.decided;

  it('are counted by the next hourly reconcile, and never twice', async () => {
    // Given two decided change requests, and figures kept by a version of the app that had none
    const first = await app.raise(PEOPLE.dana, 'Tune the checkout cache', validAnswers());
    const second = await app.raise(PEOPLE.dana, 'Change the checkout font', validAnswers());
    await app.answerInJsm(PEOPLE.priya, first, 'approve');
    await app.answerInJsm(PEOPLE.priya, second, 'decline');
    await inHostInvocation(app.host, async () => {
      const kept = await kvs
        .query()
        .where('key', WhereConditions.beginsWith('figures:'))
        .limit(100)
        .getMany();
      for (const item of kept.results) await kvs.delete(item.key);
    });
    expect(await decided()).toBe(0);

    // When the hourly reconcile runs
    await app.advanceTo('2026-12-01T10:05:00.000Z');

    // Then both are counted, and another run counts nothing again
    expect(await decided()).toBe(2);
    await app.advanceTo('2026-12-01T11:05:00.000Z');
    expect(await decided()).toBe(2);
  });
});
