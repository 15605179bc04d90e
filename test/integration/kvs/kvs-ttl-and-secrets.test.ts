import { kvs, MetadataField } from '@forge/kvs';

import { installForgeKvs, type KvsTestContext } from './forge-kvs-harness';

describe('KVS time-to-live on the host clock', () => {
  let ctx: KvsTestContext;
  beforeEach(() => {
    ctx = installForgeKvs();
  });
  afterEach(() => {
    ctx.dispose();
  });

  const HOURS_48 = 48 * 60;

  it('given a value with a 10-minute TTL, when the clock passes it, then it may still be read for 48 hours, and no longer after', async () => {
    await kvs.set('dedupe:delivery-1', true, { ttl: { value: 10, unit: 'MINUTES' } });
    await ctx.clock.advance(11);
    // Forge deletes expired keys asynchronously: an app must not count on this one being gone yet
    await expect(kvs.get('dedupe:delivery-1')).resolves.toBe(true);

    await ctx.clock.advance(HOURS_48);

    await expect(kvs.get('dedupe:delivery-1')).resolves.toBeUndefined();
    await expect(
      kvs
        .query()
        .where('key', { condition: 'BEGINS_WITH', values: ['dedupe:'] })
        .getMany(),
    ).resolves.toEqual({
      results: [],
    });
  });

  it('given an expired key not deleted yet, when it is set with FAIL_IF_EXISTS, then it still exists; once deleted, the write succeeds', async () => {
    await kvs.set('lock', 'old', { ttl: { value: 30, unit: 'SECONDS' } });
    await ctx.clock.advance(1);

    await expect(kvs.set('lock', 'new', { keyPolicy: 'FAIL_IF_EXISTS' })).rejects.toMatchObject({
      responseDetails: { status: 409 },
    });

    await ctx.clock.advance(HOURS_48);
    await kvs.set('lock', 'new', { keyPolicy: 'FAIL_IF_EXISTS' });
    await expect(kvs.get('lock')).resolves.toBe('new');
  });

  it('given a store that reads strictly, when the clock passes a TTL, then the key is gone at once', async () => {
    ctx.dispose();
    ctx = installForgeKvs({ expiredRowsLingerMs: 0 });
    await kvs.set('short', 1, { ttl: { value: 1, unit: 'MINUTES' } });
    await ctx.clock.advance(2);

    await expect(kvs.get('short')).resolves.toBeUndefined();
  });

  it('given a TTL, when EXPIRE_TIME is requested, then the ISO expiry is now + TTL', async () => {
    const before = ctx.clock.now().getTime();
    await kvs.set('ttl-meta', 1, { ttl: { value: 2, unit: 'HOURS' } });

    const result = await kvs.get('ttl-meta', { metadataFields: [MetadataField.EXPIRE_TIME] });

    const expiry = Date.parse(result?.expireTime ?? '');
    expect(expiry - before).toBeGreaterThanOrEqual(2 * 3_600_000);
    expect(expiry - before).toBeLessThan(2 * 3_600_000 + 60_000);
  });

  it('given a TTL value that is overwritten without TTL, when the old expiry passes, then the value stays', async () => {
    await kvs.set('sticky', 1, { ttl: { value: 1, unit: 'MINUTES' } });
    await kvs.set('sticky', 2);
    await ctx.clock.advance(5);

    await expect(kvs.get('sticky')).resolves.toBe(2);
  });

  it('given a TTL over one year, when it is set, then the service refuses it', async () => {
    await expect(kvs.set('forever', 1, { ttl: { value: 366, unit: 'DAYS' } })).rejects.toMatchObject({
      code: 'INVALID_TTL',
      responseDetails: { status: 400 },
    });
  });

  it('given expired rows, when purged, then those past the 48 hours are removed from the file', async () => {
    await kvs.set('short-1', 1, { ttl: { value: 1, unit: 'SECONDS' } });
    await kvs.set('short-2', 1, { ttl: { value: 1, unit: 'SECONDS' } });
    await kvs.set('long', 1);
    await ctx.clock.advance(1);
    expect(ctx.store.purgeExpired()).toBe(0);

    await ctx.clock.advance(HOURS_48);

    expect(ctx.store.purgeExpired()).toBe(2);
    await expect(kvs.get('long')).resolves.toBe(1);
  });
});

describe('KVS secrets', () => {
  let ctx: KvsTestContext;
  beforeEach(() => {
    ctx = installForgeKvs();
  });
  afterEach(() => {
    ctx.dispose();
  });

  it('given a secret, when it is read, queried and deleted, then it lives apart from plain keys', async () => {
    await kvs.setSecret('github:token', 'ghp_secret');
    await kvs.set('github:token', 'plain');

    await expect(kvs.getSecret('github:token')).resolves.toBe('ghp_secret');
    await expect(kvs.get('github:token')).resolves.toBe('plain');
    const page = await kvs
      .query()
      .where('key', { condition: 'BEGINS_WITH', values: ['github:'] })
      .getMany();
    expect(page.results).toEqual([{ key: 'github:token', value: 'plain' }]);

    await kvs.deleteSecret('github:token');
    await expect(kvs.getSecret('github:token')).resolves.toBeUndefined();
    await expect(kvs.get('github:token')).resolves.toBe('plain');
    expect(ctx.calls.map((call) => call.path)).toContain('/api/v1/secret/set');
  });

  it('given a secret over 128 KiB, when it is set, then MAX_SIZE while the same value fits plain storage', async () => {
    const value = 'x'.repeat(130 * 1024);

    await expect(kvs.setSecret('big-secret', value)).rejects.toMatchObject({ code: 'MAX_SIZE' });
    await expect(kvs.set('big-plain', value)).resolves.toBeUndefined();
  });

  it('given an existing secret, when setSecret uses FAIL_IF_EXISTS, then 409 and the secret stays', async () => {
    await kvs.setSecret('webhook-secret', 'one');

    await expect(
      kvs.setSecret('webhook-secret', 'two', { keyPolicy: 'FAIL_IF_EXISTS' }),
    ).rejects.toMatchObject({
      code: 'KEY_ALREADY_EXISTS',
    });
    await expect(kvs.getSecret('webhook-secret')).resolves.toBe('one');
  });

  it('given a bad secret key, when it is set, then INVALID_KEY', async () => {
    await expect(kvs.setSecret('bad key!', 'x')).rejects.toMatchObject({ code: 'INVALID_KEY' });
  });
});
