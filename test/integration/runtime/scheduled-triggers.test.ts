import { createHarness, type Harness } from './runtime-harness';

import { MAX_FIRINGS_PER_TICK } from '../../../local/runtime';

describe('scheduled triggers on the LocalClock', () => {
  let h: Harness;
  beforeEach(() => {
    h = createHarness({ start: new Date('2026-11-24T10:30:00Z') });
  });
  afterEach(() => {
    h.dispose();
  });

  it('given an hourly trigger at 10:30, when the clock reaches 11:00, then it fires once with the Forge payload', async () => {
    await h.clock.advance(29);
    expect(h.kvs.get('ticks')).toBeUndefined();

    await h.clock.advance(1);

    expect(h.kvs.get('ticks')).toBe(1);
    expect(h.kvs.get('last-tick')).toEqual({ cloudId: h.runtime.identity.cloudId, moduleKey: 'hourly-tick' });
  });

  it('given a jump of three days, when the clock advances, then the trigger fires a capped number of times', async () => {
    await h.clock.advance(3 * 24 * 60);

    expect(h.kvs.get('ticks')).toBe(MAX_FIRINGS_PER_TICK);
  });
});
