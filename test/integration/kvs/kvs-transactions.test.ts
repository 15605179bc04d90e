import { Filter, FilterConditions, kvs } from '@forge/kvs';

import { installForgeKvs, type KvsTestContext } from './forge-kvs-harness';

interface LedgerEntry {
  system: string;
  status: string;
  createdAt: number;
}

const ledger = () => kvs.entity<LedgerEntry>('change-ledger');
const pending: LedgerEntry = { system: 'payments', status: 'PENDING', createdAt: 1 };

describe('Transactions: all or nothing (kvs-transactions, entities-transactions)', () => {
  let ctx: KvsTestContext;
  beforeEach(() => {
    ctx = installForgeKvs();
  });
  afterEach(() => {
    ctx.dispose();
  });

  it('given sets and deletes, when executed, then all apply', async () => {
    await kvs.set('key2', 'old');

    await kvs
      .transact()
      .set('key1', 'value1', undefined, { ttl: { unit: 'DAYS', value: 7 } })
      .delete('key2')
      .set('CHG-1', pending, { entityName: 'change-ledger' })
      .execute();

    await expect(kvs.get('key1')).resolves.toBe('value1');
    await expect(kvs.get('key2')).resolves.toBeUndefined();
    await expect(ledger().get('CHG-1')).resolves.toEqual(pending);
    expect(ctx.calls.at(-4)?.path).toBe('/api/v1/transaction');
  });

  it('given a condition that holds, when executed, then the conditional write applies', async () => {
    await ledger().set('CHG-1', pending);

    await kvs
      .transact()
      .set(
        'CHG-1',
        { ...pending, status: 'APPROVED' },
        {
          entityName: 'change-ledger',
          conditions: new Filter<LedgerEntry>().and('status', FilterConditions.equalTo('PENDING')),
        },
      )
      .execute();

    await expect(ledger().get('CHG-1')).resolves.toMatchObject({ status: 'APPROVED' });
  });

  it('given a failing check, when executed, then CONDITION_FAILED and nothing at all is written', async () => {
    await ledger().set('CHG-1', { ...pending, status: 'DECLINED' });
    await kvs.set('to-delete', 'still here');

    const run = kvs
      .transact()
      .set('decision:CHG-1', 'approved')
      .delete('to-delete')
      .check('CHG-1', {
        entityName: 'change-ledger',
        conditions: new Filter<LedgerEntry>().and('status', FilterConditions.equalTo('PENDING')),
      })
      .execute();

    await expect(run).rejects.toMatchObject({
      code: 'CONDITION_FAILED',
      responseDetails: { status: 409, httpPath: '/api/v1/transaction' },
    });
    await expect(kvs.get('decision:CHG-1')).resolves.toBeUndefined();
    await expect(kvs.get('to-delete')).resolves.toBe('still here');
  });

  it('given a check on a missing item, when executed, then it fails', async () => {
    const run = kvs
      .transact()
      .set('x', 1)
      .check('CHG-404', {
        entityName: 'change-ledger',
        conditions: new Filter<LedgerEntry>().and('status', FilterConditions.notExists()),
      })
      .execute();

    await expect(run).rejects.toMatchObject({ code: 'CONDITION_FAILED' });
    await expect(kvs.get('x')).resolves.toBeUndefined();
  });

  it('given a create-if-absent condition on a missing item, when executed, then the set applies', async () => {
    await kvs
      .transact()
      .set('CHG-9', pending, {
        entityName: 'change-ledger',
        conditions: new Filter<LedgerEntry>().and('status', FilterConditions.notExists()),
      })
      .execute();

    await expect(ledger().get('CHG-9')).resolves.toEqual(pending);
  });

  it('given an invalid value in one operation, when executed, then the error names it and nothing is written', async () => {
    const run = kvs
      .transact()
      .set('fine', 1)
      .set('CHG-1', { system: 'payments' }, { entityName: 'change-ledger' })
      .set('bad/key', 1)
      .execute();

    await expect(run).rejects.toMatchObject({ code: 'INVALID_KEY' });
    await expect(kvs.get('fine')).resolves.toBeUndefined();
  });

  it('given 26 operations, when executed, then the transaction is refused', async () => {
    let builder = kvs.transact();
    for (let n = 0; n < 26; n += 1) builder = builder.set(`k${n}`, n);

    await expect(builder.execute()).rejects.toMatchObject({ code: 'INVALID_TRANSACTION' });
    await expect(kvs.get('k0')).resolves.toBeUndefined();
  });

  it('given the same key twice, when executed, then the transaction is refused', async () => {
    const run = kvs.transact().set('same', 1).delete('same').execute();

    await expect(run).rejects.toMatchObject({
      code: 'INVALID_TRANSACTION',
      responseDetails: { status: 400 },
    });
  });

  it('given one key in the KVS and in an entity, when executed, then both writes apply', async () => {
    await kvs
      .transact()
      .set('CHG-1', 'index')
      .set('CHG-1', pending, { entityName: 'change-ledger' })
      .execute();

    await expect(kvs.get('CHG-1')).resolves.toBe('index');
    await expect(ledger().get('CHG-1')).resolves.toEqual(pending);
  });
});
