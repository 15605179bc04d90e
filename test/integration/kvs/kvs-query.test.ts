import { kvs, WhereConditions } from '@forge/kvs';

import { installForgeKvs, type KvsTestContext } from './forge-kvs-harness';

describe('kvs.query() with beginsWith, cursor and limit', () => {
  let ctx: KvsTestContext;
  beforeEach(() => {
    ctx = installForgeKvs();
  });
  afterEach(() => {
    ctx.dispose();
  });

  const key = (n: number) => `pr:${String(n).padStart(4, '0')}`;

  it('given 250 matching keys, when paged 100 at a time, then every key comes once, in key order', async () => {
    for (let n = 0; n < 250; n += 1) await kvs.set(key(n), n);
    await kvs.set('other:1', 'not matched');

    const seen: string[] = [];
    const pageSizes: number[] = [];
    let cursor: string | undefined;
    do {
      const query = kvs.query().where('key', WhereConditions.beginsWith('pr:')).limit(100);
      const page = await (cursor === undefined ? query : query.cursor(cursor)).getMany<number>();
      pageSizes.push(page.results.length);
      seen.push(...page.results.map((result) => result.key));
      cursor = page.nextCursor;
    } while (cursor !== undefined);

    expect(pageSizes).toEqual([100, 100, 50]);
    expect(seen).toEqual(Array.from({ length: 250 }, (_, n) => key(n)));
  });

  it('given no limit, when queried, then 10 results and a cursor', async () => {
    for (let n = 0; n < 12; n += 1) await kvs.set(key(n), n);

    const page = await kvs.query().getMany();

    expect(page.results).toHaveLength(10);
    expect(page.nextCursor).toEqual(expect.any(String));
  });

  it('given writes between pages, when the next page is read, then the cursor continues after the last key', async () => {
    for (let n = 0; n < 4; n += 1) await kvs.set(key(n * 2), n);
    const first = await kvs.query().limit(2).getMany();
    await kvs.set(key(1), 'before the cursor');
    await kvs.set(key(5), 'after the cursor');

    const second = await kvs
      .query()
      .limit(10)
      .cursor(first.nextCursor ?? '')
      .getMany();

    expect(first.results.map((result) => result.key)).toEqual([key(0), key(2)]);
    expect(second.results.map((result) => result.key)).toEqual([key(4), key(5), key(6)]);
    expect(second.nextCursor).toBeUndefined();
  });

  it('given getOne, when keys match, then the first in key order returns', async () => {
    await kvs.set('b', 2);
    await kvs.set('a', 1);

    await expect(kvs.query().getOne()).resolves.toEqual({ key: 'a', value: 1 });
  });

  it('given a limit over 100, when queried, then LIST_QUERY_LIMIT_EXCEEDED', async () => {
    await expect(kvs.query().limit(101).getMany()).rejects.toMatchObject({
      code: 'LIST_QUERY_LIMIT_EXCEEDED',
      responseDetails: { status: 400 },
    });
  });

  it('given a where on another field, when queried, then QUERY_WHERE_FIELD_INVALID', async () => {
    const query = kvs.query();
    Reflect.set(query, 'options', {
      where: [{ property: 'value', condition: 'BEGINS_WITH', values: ['a'] }],
    });

    await expect(query.getMany()).rejects.toMatchObject({ code: 'QUERY_WHERE_FIELD_INVALID' });
  });

  it('given a condition other than beginsWith, when queried, then INVALID_FILTER_CONDITION', async () => {
    const query = kvs.query();
    // The typed builder only offers beginsWith; the service must still refuse other conditions.
    Reflect.set(query, 'options', { where: [{ property: 'key', ...WhereConditions.equalTo('a') }] });

    await expect(query.getMany()).rejects.toMatchObject({ code: 'INVALID_FILTER_CONDITION' });
  });

  it('given a cursor that was not issued, when queried, then BAD_REQUEST', async () => {
    await expect(kvs.query().cursor('not-a-cursor').getMany()).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});
