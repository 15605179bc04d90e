import { Filter, FilterConditions, kvs } from '@forge/kvs';
import { defaultPolicy, parsePolicy, type Policy } from '../../domain/policy';
import type { PolicyRepository, StoredPolicy } from '../../app/ports/store-ports';
import { isConflict } from './kvs-errors';
import { ENTITIES, KEYS } from './storage-keys';

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
    if (row === undefined) return { policy: defaultPolicy, revision: 0, updatedAt: null, updatedBy: null };
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
    const condition =
      expectedRevision === 0
        ? new Filter<PolicyRow>().and('revision', FilterConditions.notExists())
        : new Filter<PolicyRow>().and('revision', FilterConditions.equalTo(expectedRevision));
    try {
      await kvs
        .transact()
        .set(KEYS.policy, next, { entityName: ENTITIES.policy, conditions: condition })
        .execute();
    } catch (error) {
      if (isConflict(error)) return { kind: 'conflict' };
      throw error;
    }
    return {
      kind: 'saved',
      stored: { policy, revision: next.revision, updatedAt: next.updatedAt, updatedBy: by },
    };
  },
};
