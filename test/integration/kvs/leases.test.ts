/**
 * Claims that end on time although Forge may keep an expired key for up to 48 hours
 * (src/adapters/kvs/conditional-write.ts, claimLease): the lease carries its own end, is taken over once
 * by one of several takers, and a late release never ends someone else's lease.
 */
import { kvs } from '@forge/kvs';
import { installShiftedDate } from '../../../local/core/shifted-date';
import { claimLease, releaseLease } from '../../../src/adapters/kvs/conditional-write';
import { installForgeKvs, type KvsTestContext } from './forge-kvs-harness';

describe('leases on KVS keys', () => {
  let ctx: KvsTestContext;
  let restoreDate: () => void;
  beforeEach(() => {
    ctx = installForgeKvs();
    // The app's clock follows the KVS's, as in the local host
    restoreDate = installShiftedDate(() => ctx.clock.offsetMs());
  });
  afterEach(() => {
    restoreDate();
    ctx.dispose();
  });

  it('refuses a lease someone holds, and takes it over once it has ended though the key lingers', async () => {
    expect(await claimLease('claim:routing:CHG-1', { by: 'first' }, 120)).toBe(true);
    expect(await claimLease('claim:routing:CHG-1', { by: 'second' }, 120)).toBe(false);

    // The first holder dies; its key outlives its TTL (Forge deletes expired keys up to 48 h later)
    await ctx.clock.advance(3);
    expect(await kvs.get('claim:routing:CHG-1')).toMatchObject({ by: 'first' });

    const takers = await Promise.all([
      claimLease('claim:routing:CHG-1', { by: 'a' }, 120),
      claimLease('claim:routing:CHG-1', { by: 'b' }, 120),
      claimLease('claim:routing:CHG-1', { by: 'c' }, 120),
    ]);
    expect(takers.filter(Boolean)).toHaveLength(1);
  });

  it('never ends a lease taken over since, when the late holder releases it', async () => {
    expect(await claimLease('claim:decision:CHG-2', { by: 'slow' }, 60)).toBe(true);
    await ctx.clock.advance(2);
    // Another invocation takes the ended lease over ...
    await kvs.set('claim:decision:CHG-2', {
      by: 'taker',
      leaseUntil: Date.now() + 60_000,
      leaseToken: 'the-taker',
      writeToken: 'the-taker',
    });

    // ... and the slow holder's release leaves it alone
    await releaseLease('claim:decision:CHG-2');
    expect(await kvs.get('claim:decision:CHG-2')).toMatchObject({ by: 'taker' });
  });

  it('ends a lease on release, so the next claim gets it at once', async () => {
    expect(await claimLease('figures:lock:2026-W49', {}, 30)).toBe(true);
    await releaseLease('figures:lock:2026-W49');
    expect(await claimLease('figures:lock:2026-W49', {}, 30)).toBe(true);
  });
});
