import { isDeepStrictEqual } from 'node:util';
import { Filter, FilterConditions, kvs } from '@forge/kvs';
import { emptyPolicy, parsePolicy, type Policy } from '../../domain/policy';
import type { PolicyRepository, StoredPolicy } from '../../app/ports/store-ports';
import { settleConditionalWrite } from './conditional-write';
import { ENTITIES, KEYS } from './storage-keys';

/**
 * Forge storage keeps at most 240 KiB per value, measured on the stored JSON (docs/platform-assumptions.md,
 * KVS value size); a larger policy is refused before the write, so the admin is told instead of a failure.
 */
const MAX_VALUE_BYTES = 240 * 1024;

interface PolicyRow {
  revision: number;
  updatedAt: string;
  updatedBy: string;
  document: unknown;
}

/**
 * The policy document as one entity row with a revision; saves are conditional transactions on the
 * revision the editor started from, so two admins never overwrite each other silently.
 */
export const policyRepository: PolicyRepository = {
  async get(): Promise<StoredPolicy> {
    const row = await kvs.entity<PolicyRow>(ENTITIES.policy).get(KEYS.policy);
    // A fresh install has saved nothing: it starts from the empty policy (the admin page guides the first system).
    if (row === undefined) return { policy: emptyPolicy(), revision: 0, updatedAt: null, updatedBy: null };
    const parsed = parsePolicy(row.document);
    if (!parsed.ok) {
      throw new Error(
        `The stored policy (revision ${String(row.revision)}) no longer validates: ${parsed.errors[0]?.message ?? ''}`,
      );
    }
    return {
      policy: parsed.value,
      revision: row.revision,
      updatedAt: row.updatedAt,
      updatedBy: row.updatedBy,
    };
  },
  async save(policy: Policy, expectedRevision: number, by: string) {
    const next: PolicyRow = {
      revision: expectedRevision + 1,
      updatedAt: new Date().toISOString(),
      updatedBy: by,
      document: policy,
    };
    const bytes = Buffer.byteLength(JSON.stringify(next), 'utf8');
    if (bytes > MAX_VALUE_BYTES) return { kind: 'too-large', bytes, limitBytes: MAX_VALUE_BYTES };
    const condition =
      expectedRevision === 0
        ? new Filter<PolicyRow>().and('revision', FilterConditions.notExists())
        : new Filter<PolicyRow>().and('revision', FilterConditions.equalTo(expectedRevision));
    const outcome = await settleConditionalWrite(
      () =>
        kvs
          .transact()
          .set(KEYS.policy, next, { entityName: ENTITIES.policy, conditions: condition })
          .execute(),
      // A failed save is a conflict only when the revision moved on; our own row means the save landed.
      async () => {
        const stored = await kvs.entity<PolicyRow>(ENTITIES.policy).get(KEYS.policy);
        if ((stored?.revision ?? 0) === expectedRevision) return 'unchanged';
        return isDeepStrictEqual(stored, asStored(next)) ? 'ours' : 'theirs';
      },
    );
    if (outcome === 'conflict') return { kind: 'conflict' };
    return {
      kind: 'saved',
      stored: { policy, revision: next.revision, updatedAt: next.updatedAt, updatedBy: by },
    };
  },
};

/** A row as KVS hands it back: JSON, so properties holding `undefined` are gone. */
function asStored(row: PolicyRow): unknown {
  return JSON.parse(JSON.stringify(row));
}
