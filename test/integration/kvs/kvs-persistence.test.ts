import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { kvs } from '@forge/kvs';

import { parseEntityDefinitions, SqliteKvsStore } from '../../../local/kvs';
import { installForgeKvs, type KvsTestContext } from './forge-kvs-harness';

describe('KVS persistence in one SQLite file', () => {
  let ctx: KvsTestContext;
  beforeEach(() => {
    ctx = installForgeKvs();
  });
  afterEach(() => {
    ctx.dispose();
  });

  it('given data in every store, when the store is reopened on the same file, then everything is still there', async () => {
    await kvs.set('cfg:policy', { version: 3 });
    await kvs.setSecret('github:token', 'ghp_x');
    await kvs.entity('change-ledger').set('CHG-1', { system: 'payments', status: 'PENDING', createdAt: 1 });
    await kvs.set('short-lived', 1, { ttl: { value: 5, unit: 'MINUTES' } });

    ctx.reopen();

    await expect(kvs.get('cfg:policy')).resolves.toEqual({ version: 3 });
    await expect(kvs.getSecret('github:token')).resolves.toBe('ghp_x');
    await expect(kvs.entity('change-ledger').get('CHG-1')).resolves.toMatchObject({ status: 'PENDING' });
    // Expired, and past the 48 hours Forge may still return it
    await ctx.clock.advance(6 + 48 * 60);
    await expect(kvs.get('short-lived')).resolves.toBeUndefined();
  });

  it('given a file-backed store, when opened, then the journal is in WAL mode', () => {
    expect(ctx.store.journalMode()).toBe('wal');
  });
});

describe('entity indexes across a manifest change', () => {
  it('given items stored before an index was declared, when the store opens with it, then the index finds them', () => {
    const folder = mkdtempSync(join(tmpdir(), 'kvs-indexes-'));
    const filename = join(folder, 'kvs.sqlite');
    const now = () => new Date('2026-12-01T09:00:00Z');
    const withIndexes = (indexes: unknown[]) =>
      parseEntityDefinitions({
        app: {
          storage: {
            entities: [
              {
                name: 'change-ledger',
                attributes: { system: { type: 'string' }, status: { type: 'string' } },
                indexes,
              },
            ],
          },
        },
      });
    try {
      const before = new SqliteKvsStore({ filename, now, entities: withIndexes(['system']) });
      before.set({ area: 'entity', entityName: 'change-ledger' }, 'CHG-1', {
        system: 'payments',
        status: 'PENDING',
      });
      before.close();

      const after = new SqliteKvsStore({
        filename,
        now,
        entities: withIndexes(['system', { name: 'by-status', partition: ['status'] }]),
      });
      const page = after.queryEntity({
        entityName: 'change-ledger',
        indexName: 'by-status',
        partition: ['PENDING'],
      });
      after.close();

      expect(page.records.map((record) => record.key)).toEqual(['CHG-1']);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
