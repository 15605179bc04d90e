import { Filter, FilterConditions, kvs, Sort, WhereConditions } from '@forge/kvs';

import { installForgeKvs, type KvsTestContext } from './forge-kvs-harness';

interface LedgerEntry {
  system: string;
  status: string;
  createdAt: number;
  risk?: number;
  emergency?: boolean;
  details?: unknown;
}

const ledger = () => kvs.entity<LedgerEntry>('change-ledger');

describe('Custom entities: get / set / delete and value rules', () => {
  let ctx: KvsTestContext;
  beforeEach(() => {
    ctx = installForgeKvs();
  });
  afterEach(() => {
    ctx.dispose();
  });

  it('given a valid entity, when stored, then it reads back and is separate from the plain KVS', async () => {
    const entry: LedgerEntry = {
      system: 'payments',
      status: 'PENDING',
      createdAt: 1,
      risk: 0.5,
      details: { a: [1] },
    };
    await ledger().set('CHG-1', entry);
    await kvs.set('CHG-1', 'plain');

    await expect(ledger().get('CHG-1')).resolves.toEqual(entry);
    await expect(kvs.get('CHG-1')).resolves.toBe('plain');
    await ledger().delete('CHG-1');
    await expect(ledger().get('CHG-1')).resolves.toBeUndefined();
    expect(ctx.calls.map((call) => call.path)).toContain('/api/v1/entity/set');
  });

  it.each([
    ['a string where an integer is declared', { system: 'payments', status: 'OPEN', createdAt: '1' }],
    ['a fractional integer', { system: 'payments', status: 'OPEN', createdAt: 1.5 }],
    ['an integer beyond 32 bits', { system: 'payments', status: 'OPEN', createdAt: 2 ** 31 }],
    ['a blank string', { system: '   ', status: 'OPEN', createdAt: 1 }],
    ['an undeclared attribute', { system: 'payments', status: 'OPEN', createdAt: 1, owner: 'x' }],
  ])('given %s, when stored, then INVALID_ENTITY_VALUE and nothing is written', async (_label, value) => {
    const entity = kvs.entity<unknown>('change-ledger');

    await expect(entity.set('CHG-2', value)).rejects.toMatchObject({
      code: 'INVALID_ENTITY_VALUE',
      responseDetails: { status: 400 },
    });
    await expect(entity.get('CHG-2')).resolves.toBeUndefined();
  });

  it.each([
    ['an undeclared entity', 'unknown-entity', 'INVALID_ENTITY_TYPE'],
    ['a two-character name', 'ab', 'ENTITY_TYPE_TOO_SHORT'],
    ['a 61-character name', 'e'.repeat(61), 'ENTITY_TYPE_TOO_LARGE'],
    ['an upper-case name', 'Change-Ledger', 'INVALID_ENTITY_TYPE'],
  ])('given %s, when used, then %s', async (_label, name, code) => {
    await expect(kvs.entity(name).set('k', { a: 1 })).rejects.toMatchObject({ code });
  });

  it('given an empty entity key, when stored, then EMPTY_KEY (the entity store code)', async () => {
    await expect(ledger().set('', { system: 's', status: 'x', createdAt: 1 })).rejects.toMatchObject({
      code: 'EMPTY_KEY',
    });
  });
});

describe('Custom entities: index queries', () => {
  let ctx: KvsTestContext;
  beforeEach(async () => {
    ctx = installForgeKvs();
    const rows: [string, LedgerEntry][] = [
      ['CHG-1', { system: 'payments', status: 'PENDING', createdAt: 100 }],
      ['CHG-2', { system: 'payments', status: 'APPROVED', createdAt: 200 }],
      ['CHG-3', { system: 'payments', status: 'PENDING', createdAt: 300, emergency: true }],
      ['CHG-4', { system: 'identity', status: 'PENDING', createdAt: 150 }],
      ['CHG-5', { system: 'payments', status: 'DECLINED', createdAt: 400 }],
    ];
    for (const [key, value] of rows) await ledger().set(key, value);
  });
  afterEach(() => {
    ctx.dispose();
  });

  const keys = (page: { results: { key: string }[] }) => page.results.map((result) => result.key);

  it('given a partition, when queried, then only that partition returns, ordered by the range', async () => {
    const page = await ledger()
      .query()
      .index('by-system-created', { partition: ['payments'] })
      .getMany();

    expect(keys(page)).toEqual(['CHG-1', 'CHG-2', 'CHG-3', 'CHG-5']);
  });

  it('given items that change partition or are deleted, when queried, then each is found only where it now is', async () => {
    await ledger().set('CHG-1', { system: 'identity', status: 'PENDING', createdAt: 100 });
    await ledger().delete('CHG-2');
    const partitionOf = async (system: string) =>
      keys(
        await ledger()
          .query()
          .index('by-system-created', { partition: [system] })
          .getMany(),
      );

    await expect(partitionOf('payments')).resolves.toEqual(['CHG-3', 'CHG-5']);
    await expect(partitionOf('identity')).resolves.toEqual(['CHG-1', 'CHG-4']);
  });

  it('given a store reopened on its file, when queried by partition, then the same items return', async () => {
    ctx.reopen();

    const page = await ledger()
      .query()
      .index('by-system-status', { partition: ['payments', 'PENDING'] })
      .getMany();
    expect(keys(page)).toEqual(['CHG-1', 'CHG-3']);
  });

  it('given DESC, when queried, then the order reverses', async () => {
    const page = await ledger()
      .query()
      .index('by-system-created', { partition: ['payments'] })
      .sort(Sort.DESC)
      .getMany();

    expect(keys(page)).toEqual(['CHG-5', 'CHG-3', 'CHG-2', 'CHG-1']);
  });

  it.each([
    ['between', WhereConditions.between(150, 300), ['CHG-2', 'CHG-3']],
    ['equalTo', WhereConditions.equalTo(200), ['CHG-2']],
    ['greaterThan', WhereConditions.greaterThan(200), ['CHG-3', 'CHG-5']],
    ['greaterThanEqualTo', WhereConditions.greaterThanEqualTo(200), ['CHG-2', 'CHG-3', 'CHG-5']],
    ['lessThan', WhereConditions.lessThan(200), ['CHG-1']],
    ['lessThanEqualTo', WhereConditions.lessThanEqualTo(200), ['CHG-1', 'CHG-2']],
  ])(
    'given where %s on the range, when queried, then the matching range returns',
    async (_label, where, expected) => {
      const page = await ledger()
        .query()
        .index('by-system-created', { partition: ['payments'] })
        .where(where)
        .getMany();

      expect(keys(page)).toEqual(expected);
    },
  );

  it('given a two-attribute partition, when queried, then both must match', async () => {
    const page = await ledger()
      .query()
      .index('by-system-status', { partition: ['payments', 'PENDING'] })
      .getMany();

    expect(keys(page)).toEqual(['CHG-1', 'CHG-3']);
  });

  it('given the by-key index and beginsWith, when queried, then keys with that prefix return', async () => {
    await ledger().set('OPS-1', { system: 'ops', status: 'PENDING', createdAt: 1 });

    const page = await ledger().query().index('by-key').where(WhereConditions.beginsWith('OPS')).getMany();

    expect(keys(page)).toEqual(['OPS-1']);
  });

  it('given a simple index, when queried with where, then it ranges over that attribute', async () => {
    const page = await ledger().query().index('status').where(WhereConditions.equalTo('PENDING')).getMany();

    expect(keys(page)).toEqual(['CHG-1', 'CHG-3', 'CHG-4']);
  });

  it('given and-filters, when queried, then every filter must hold', async () => {
    const page = await ledger()
      .query()
      .index('by-system-created', { partition: ['payments'] })
      .filters(
        new Filter<LedgerEntry>()
          .and('status', FilterConditions.equalTo('PENDING'))
          .and('emergency', FilterConditions.exists()),
      )
      .getMany();

    expect(keys(page)).toEqual(['CHG-3']);
  });

  it('given or-filters, when queried, then any filter may hold', async () => {
    const page = await ledger()
      .query()
      .index('by-system-created', { partition: ['payments'] })
      .filters(
        new Filter<LedgerEntry>()
          .or('status', FilterConditions.equalTo('DECLINED'))
          .or('status', FilterConditions.beginsWith('APP')),
      )
      .getMany();

    expect(keys(page)).toEqual(['CHG-2', 'CHG-5']);
  });

  it.each([
    ['contains', FilterConditions.contains('END'), ['CHG-1', 'CHG-3']],
    ['notContains', FilterConditions.notContains('END'), ['CHG-2', 'CHG-5']],
    ['notEqualTo', FilterConditions.notEqualTo('PENDING'), ['CHG-2', 'CHG-5']],
  ])(
    'given the %s filter, when queried, then it applies to the attribute',
    async (_label, condition, expected) => {
      const page = await ledger()
        .query()
        .index('by-system-created', { partition: ['payments'] })
        .filters(new Filter<LedgerEntry>().and('status', condition))
        .getMany();

      expect(keys(page)).toEqual(expected);
    },
  );

  it('given filters and a limit, when paged, then the limit counts scanned items and pages can be short', async () => {
    const query = () =>
      ledger()
        .query()
        .index('by-system-created', { partition: ['payments'] })
        .filters(new Filter<LedgerEntry>().and('status', FilterConditions.equalTo('DECLINED')))
        .limit(2);

    const first = await query().getMany();
    const second = await query()
      .cursor(first.nextCursor ?? '')
      .getMany();

    expect(keys(first)).toEqual([]);
    expect(first.nextCursor).toEqual(expect.any(String));
    expect(keys(second)).toEqual(['CHG-5']);
    expect(second.nextCursor).toBeUndefined();
  });

  it('given a cursor, when the next DESC page is read, then it continues in that order', async () => {
    const query = () =>
      ledger()
        .query()
        .index('by-system-created', { partition: ['payments'] })
        .sort(Sort.DESC)
        .limit(3);
    const first = await query().getMany();

    const second = await query()
      .cursor(first.nextCursor ?? '')
      .getMany();

    expect([...keys(first), ...keys(second)]).toEqual(['CHG-5', 'CHG-3', 'CHG-2', 'CHG-1']);
  });

  it.each([
    ['an undeclared index', () => ledger().query().index('by-owner').getMany(), 'INVALID_ENTITY_INDEX'],
    [
      'a missing partition',
      () => ledger().query().index('by-system-created').getMany(),
      'INVALID_ENTITY_INDEX',
    ],
    [
      'a limit over 100',
      () => ledger().query().index('by-key').limit(101).getMany(),
      'COMPLEX_QUERY_PAGE_LIMIT_NOT_IN_RANGE',
    ],
    [
      'an unknown entity',
      () => kvs.entity('nope-entity').query().index('by-key').getMany(),
      'INVALID_ENTITY_TYPE',
    ],
  ])('given %s, when queried, then %s', async (_label, run, code) => {
    await expect(run()).rejects.toMatchObject({ code, responseDetails: { status: 400 } });
  });

  it('given a filter on an attribute of type any, when queried, then 422', async () => {
    const run = ledger()
      .query()
      .index('by-key')
      .filters(new Filter<LedgerEntry>().and('details', FilterConditions.exists()))
      .getMany();

    await expect(run).rejects.toMatchObject({ responseDetails: { status: 422 } });
  });
});
