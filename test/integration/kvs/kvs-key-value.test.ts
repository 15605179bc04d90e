import { kvs, MetadataField } from '@forge/kvs';

import { installForgeKvs, type KvsTestContext, TEST_START } from './forge-kvs-harness';

describe('KVS get / set / delete through the real @forge/kvs SDK', () => {
  let ctx: KvsTestContext;
  beforeEach(() => {
    ctx = installForgeKvs();
  });
  afterEach(() => {
    ctx.dispose();
  });

  it('given a stored object, when it is read back, then the same value returns and the SDK called the real paths', async () => {
    await kvs.set('cfg:system:payments', { group: 'cab-payments', repos: ['acme/payments-api'] });

    await expect(kvs.get('cfg:system:payments')).resolves.toEqual({
      group: 'cab-payments',
      repos: ['acme/payments-api'],
    });
    expect(ctx.calls.map((call) => call.path)).toEqual(['/api/v1/set', '/api/v1/get']);
    expect(ctx.calls[0]?.target).toEqual({ type: 'kvs', provider: 'app', remote: 'kvs' });
  });

  it('given every documented value type, when each is stored, then each round-trips', async () => {
    const values = [['a', 'b'], true, 123, 1.5, { hello: 'world' }, 'Hello world'];
    for (const [index, value] of values.entries()) await kvs.set(`type-${index}`, value);

    for (const [index, value] of values.entries())
      await expect(kvs.get(`type-${index}`)).resolves.toEqual(value);
  });

  it('given no such key, when it is read or deleted, then get answers undefined and delete succeeds', async () => {
    await expect(kvs.get('missing')).resolves.toBeUndefined();
    await expect(kvs.delete('missing')).resolves.toBeUndefined();
  });

  it('given a stored key, when it is deleted, then it is gone', async () => {
    await kvs.set('to-delete', 1);

    await kvs.delete('to-delete');

    await expect(kvs.get('to-delete')).resolves.toBeUndefined();
  });

  it('given a key written twice, when metadata is requested, then createdAt stays and updatedAt follows the clock', async () => {
    await kvs.set('meta', 'v1');
    await ctx.clock.advance(5);
    await kvs.set('meta', 'v2');

    const result = await kvs.get<string>('meta', {
      metadataFields: [MetadataField.CREATED_AT, MetadataField.UPDATED_AT, MetadataField.EXPIRE_TIME],
    });

    expect(result?.value).toBe('v2');
    expect(result?.createdAt).toBeGreaterThanOrEqual(TEST_START.getTime());
    expect(result?.createdAt).toBeLessThan(TEST_START.getTime() + 60_000);
    expect((result?.updatedAt ?? 0) - (result?.createdAt ?? 0)).toBeGreaterThanOrEqual(5 * 60_000);
    expect(result?.expireTime).toBeUndefined();
  });

  it('given an existing key, when it is set with FAIL_IF_EXISTS, then the write fails with 409 and the value stays', async () => {
    await kvs.set('webhook:delivery:1', 'first');

    await expect(
      kvs.set('webhook:delivery:1', 'second', { keyPolicy: 'FAIL_IF_EXISTS' }),
    ).rejects.toMatchObject({
      name: 'ForgeKvsError',
      code: 'KEY_ALREADY_EXISTS',
      responseDetails: { status: 409, httpPath: '/api/v1/set' },
    });
    await expect(kvs.get('webhook:delivery:1')).resolves.toBe('first');
  });

  it('given a new key, when it is set with FAIL_IF_EXISTS, then it is written', async () => {
    await kvs.set('fresh', 'value', { keyPolicy: 'FAIL_IF_EXISTS' });

    await expect(kvs.get('fresh')).resolves.toBe('value');
  });

  it('given a previous value, when set asks for PREVIOUS, then the overwritten value returns', async () => {
    await kvs.set('counter', 1);

    const previous = await kvs.set<number>('counter', 2, {
      keyPolicy: 'OVERRIDE',
      returnValue: 'PREVIOUS',
      returnMetadataFields: [MetadataField.CREATED_AT],
    });

    expect(previous).toMatchObject({ key: 'counter', value: 1 });
    expect(previous?.createdAt).toBeGreaterThanOrEqual(TEST_START.getTime());
    await expect(kvs.get('counter')).resolves.toBe(2);
  });

  it('given no previous value, when set asks for PREVIOUS, then undefined returns', async () => {
    await expect(
      kvs.set('new-counter', 1, { keyPolicy: 'OVERRIDE', returnValue: 'PREVIOUS' }),
    ).resolves.toBeUndefined();
  });

  it('given a write, when set asks for LATEST, then the written value returns', async () => {
    await expect(
      kvs.set('latest', { a: 1 }, { keyPolicy: 'OVERRIDE', returnValue: 'LATEST' }),
    ).resolves.toEqual({
      key: 'latest',
      value: { a: 1 },
    });
  });
});

describe('KVS input rules (handling-errors-kvs)', () => {
  let ctx: KvsTestContext;
  beforeEach(() => {
    ctx = installForgeKvs();
  });
  afterEach(() => {
    ctx.dispose();
  });

  it.each([
    ['an empty key', '', 'KEY_TOO_SHORT'],
    ['a 501-character key', 'a'.repeat(501), 'KEY_TOO_LONG'],
    ['a key with a slash', 'bad/key', 'INVALID_KEY'],
    ['a blank key', '   ', 'INVALID_KEY'],
    ['a non-ASCII key', 'ключ', 'INVALID_KEY'],
  ])('given %s, when it is set, then the service answers 400 %s', async (_label, key, code) => {
    await expect(kvs.set(key, 1)).rejects.toMatchObject({ code, responseDetails: { status: 400 } });
  });

  it('given keys at the limits of the rules, when they are set, then they are accepted', async () => {
    const keys = ['a'.repeat(500), 'cr:CHG-1 #2_v.3-x', 'a b'];
    for (const key of keys) await kvs.set(key, key.length);

    for (const key of keys) await expect(kvs.get(key)).resolves.toBe(key.length);
  });

  it('given a bad key, when it is read, then the read fails as the write does', async () => {
    await expect(kvs.get('bad/key')).rejects.toMatchObject({ code: 'INVALID_KEY' });
  });

  it('given a value over 240 KiB serialised, when it is set, then MAX_SIZE', async () => {
    const justUnder = 'x'.repeat(240 * 1024 - 2);
    await kvs.set('big-ok', justUnder);

    await expect(kvs.set('too-big', `${justUnder}x`)).rejects.toMatchObject({
      code: 'MAX_SIZE',
      responseDetails: { status: 400 },
    });
    await expect(kvs.get('too-big')).resolves.toBeUndefined();
  });

  it('given a value nested deeper than 31 levels, when it is set, then MAX_DEPTH', async () => {
    const nest = (depth: number): unknown => (depth === 0 ? 'leaf' : { next: nest(depth - 1) });
    await kvs.set('deep-ok', nest(31));

    await expect(kvs.set('too-deep', nest(32))).rejects.toMatchObject({ code: 'MAX_DEPTH' });
  });
});
