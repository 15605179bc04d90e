import { kvs, MetadataField } from '@forge/kvs';

import { installForgeKvs, type KvsTestContext, TEST_START } from './forge-kvs-harness';

describe('Batch set / get / delete (storage-reference/batchops)', () => {
  let ctx: KvsTestContext;
  beforeEach(() => {
    ctx = installForgeKvs();
  });
  afterEach(() => {
    ctx.dispose();
  });

  it('given plain and entity items, when batch-set, then each succeeds on its own and bad ones are reported', async () => {
    const result = await kvs.batchSet<unknown>([
      { key: 'cfg:a', value: 1 },
      {
        key: 'CHG-1',
        value: { system: 'payments', status: 'PENDING', createdAt: 1 },
        entityName: 'change-ledger',
      },
      { key: 'bad/key', value: 2 },
      { key: 'CHG-2', value: { system: 'payments', createdAt: 'x' }, entityName: 'change-ledger' },
      { key: 'cfg:b', value: 3, options: { ttl: { value: 1, unit: 'MINUTES' } } },
    ]);

    expect(result.successfulKeys).toEqual([
      { key: 'cfg:a' },
      { key: 'CHG-1', entityName: 'change-ledger' },
      { key: 'cfg:b' },
    ]);
    expect(result.failedKeys).toMatchObject([
      { key: 'bad/key', error: { code: 'INVALID_KEY' } },
      { key: 'CHG-2', entityName: 'change-ledger', error: { code: 'INVALID_ENTITY_VALUE' } },
    ]);
    expect(result.failedKeys[0]?.error.message).toMatch(/regex/);
    await expect(kvs.get('cfg:a')).resolves.toBe(1);
    await expect(kvs.entity('change-ledger').get('CHG-1')).resolves.toMatchObject({ status: 'PENDING' });
  });

  it('given stored and missing keys, when batch-get, then values return and missing keys are KEY_NOT_FOUND', async () => {
    await kvs.set('a', 1);
    await kvs.entity('change-ledger').set('CHG-1', { system: 's', status: 'x', createdAt: 1 });

    const result = await kvs.batchGet([
      { key: 'a', options: { metadataFields: [MetadataField.CREATED_AT] } },
      { key: 'CHG-1', entityName: 'change-ledger' },
      { key: 'missing' },
    ]);

    const [plain, entity] = result.successfulKeys;
    expect(result.successfulKeys).toHaveLength(2);
    expect(plain).toMatchObject({ key: 'a', value: 1 });
    expect(plain?.createdAt).toBeGreaterThanOrEqual(TEST_START.getTime());
    expect(entity).toEqual({
      key: 'CHG-1',
      entityName: 'change-ledger',
      value: { system: 's', status: 'x', createdAt: 1 },
    });
    expect(result.failedKeys).toEqual([
      { key: 'missing', error: { code: 'KEY_NOT_FOUND', message: 'Key does not exist' } },
    ]);
  });

  it('given stored and missing keys, when batch-delete, then stored ones go and missing ones are reported', async () => {
    await kvs.set('a', 1);

    const result = await kvs.batchDelete([{ key: 'a' }, { key: 'missing' }]);

    expect(result.successfulKeys).toEqual([{ key: 'a' }]);
    expect(result.failedKeys).toEqual([
      { key: 'missing', error: { code: 'KEY_NOT_FOUND', message: 'Key does not exist' } },
    ]);
    await expect(kvs.get('a')).resolves.toBeUndefined();
  });

  it('given 26 items, when batch-set, then the whole batch fails and nothing is written', async () => {
    const items = Array.from({ length: 26 }, (_, n) => ({ key: `k${n}`, value: n }));

    await expect(kvs.batchSet(items)).rejects.toMatchObject({
      code: 'INVALID_BATCH',
      responseDetails: { status: 400 },
    });
    await expect(kvs.get('k0')).resolves.toBeUndefined();
  });

  it('given the same key twice, when batch-set, then the whole batch fails', async () => {
    await expect(
      kvs.batchSet([
        { key: 'dup', value: 1 },
        { key: 'dup', value: 2 },
      ]),
    ).rejects.toMatchObject({ code: 'INVALID_BATCH' });
    await expect(kvs.get('dup')).resolves.toBeUndefined();
  });

  it('given an empty batch, when batch-get, then it fails', async () => {
    await expect(kvs.batchGet([])).rejects.toMatchObject({ code: 'INVALID_BATCH' });
  });
});
