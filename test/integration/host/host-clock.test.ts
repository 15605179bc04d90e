import { startHost } from './host-harness';

/** Real wall-clock time, independent of the global Date the host replaces. */
const realNow = () => performance.timeOrigin + performance.now();

describe('the host clock and the app’s notion of now', () => {
  it('makes new Date() and Date.now() follow the host clock while the host runs, and restores them after', async () => {
    const started = await startHost({ startAt: new Date('2026-12-04T16:00:00Z') });
    try {
      expect(Math.abs(Date.now() - Date.parse('2026-12-04T16:00:00Z'))).toBeLessThan(60_000);
      await started.call('/_local/clock', {
        method: 'POST',
        body: JSON.stringify({ advanceMinutes: 3 * 24 * 60 }),
      });
      expect(Math.abs(new Date().getTime() - Date.parse('2026-12-07T16:00:00Z'))).toBeLessThan(60_000);
      // Explicit dates are untouched, and instances are still Dates.
      expect(new Date('2026-01-01T00:00:00Z').toISOString()).toBe('2026-01-01T00:00:00.000Z');
      expect(new Date() instanceof Date).toBe(true);
      const clock = (await (await started.call('/_local/clock')).json()) as { now: string };
      expect(Math.abs(Date.parse(clock.now) - Date.now())).toBeLessThan(5_000);
    } finally {
      await started.stop();
    }
    expect(Math.abs(Date.now() - realNow())).toBeLessThan(5_000);
  });
});
