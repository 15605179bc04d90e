/**
 * The demo story `npm start` plays on a fresh site (local/tools/demo-story.ts): change requests raised and
 * answered through the app as people would, so the Async CAB page has something to show, with times that
 * read like people's.
 */
import type { FiguresView, WaitingForMeView } from '../../../src/shared';
import { playDemoStory } from '../../../local/tools/demo-story';
import { PEOPLE } from '../app/app-harness';
import { startBoardHost, valueOf, type BoardHost } from '../board/board-harness';

const UNTIL = new Date('2026-12-01T14:00:00.000Z');
const HOUR = 3_600_000;

describe('the demo story on a fresh site', () => {
  let app: BoardHost;
  let story: Awaited<ReturnType<typeof playDemoStory>>;
  beforeAll(async () => {
    app = await startBoardHost(new Date(UNTIL.getTime() - 24 * HOUR).toISOString());
    const storyHost = {
      url: app.host.url,
      settle: () => app.host.settle(),
      now: () => app.host.clock.now(),
      advance: (minutes: number) => app.host.clock.advance(minutes),
    };
    story = await playDemoStory(storyHost, UNTIL);
  }, 60_000);
  afterAll(async () => {
    await app.stop();
  });

  it('raises five change requests and decides two, ending at the time it was asked to', () => {
    expect(story?.raised).toHaveLength(5);
    expect(story?.decided).toHaveLength(2);
    expect(Math.abs(app.host.clock.now().getTime() - UNTIL.getTime())).toBeLessThan(60_000);
  });

  it('leaves two change requests waiting for Priya, one click from their panels', async () => {
    const waiting = valueOf(await app.board<WaitingForMeView>(PEOPLE.priya, 'getWaitingForMe', {}));

    expect(waiting.items.map((item) => item.summary)).toEqual([
      'Tune the checkout cache',
      'Change the checkout font',
    ]);
  });

  it('gives the figures an approval and a decline that took hours', async () => {
    const figures = valueOf(
      await app.board<FiguresView>(PEOPLE.morgan, 'getFigures', { from: '2026-11-23', to: '2026-12-06' }),
    );

    expect(figures.total).toMatchObject({ decided: 2, approved: 1, declined: 1 });
    expect(figures.total.decision.medianMs).toBeGreaterThan(2 * HOUR);
    expect(figures.total.firstResponse.medianMs).toBeGreaterThan(2 * HOUR);
  });

  it('does nothing on a site that has change requests already', async () => {
    const again = await playDemoStory({
      url: app.host.url,
      settle: () => app.host.settle(),
      now: () => app.host.clock.now(),
      advance: (minutes) => app.host.clock.advance(minutes),
    });
    expect(again).toBeNull();
  });
});
