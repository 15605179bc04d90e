/**
 * The app's claims and policy saves through the real @forge/kvs SDK against the local KVS, with the host
 * answering refused conditional writes with statuses and codes other than the inferred 409: Forge documents
 * none (storage-reference/kvs-api, transactions-entities, handling-errors-kvs), so the adapters must decide by
 * reading the key back (src/adapters/kvs/conditional-write.ts), never by the status.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Filter, FilterConditions, kvs } from '@forge/kvs';
import { parse } from 'yaml';
import { parseEntityDefinitions } from '../../../local/kvs';
import { claimDelivery } from '../../../src/adapters/github/delivery-store';
import { pullRequestIndex } from '../../../src/adapters/github/pull-request-index';
import { ledgerRepository } from '../../../src/adapters/kvs/ledger-repository';
import { policyRepository } from '../../../src/adapters/kvs/policy-repository';
import { makePolicy } from '../../factories/make-policy';
import { installForgeKvs, type KvsTestContext } from './forge-kvs-harness';

const manifest: unknown = parse(readFileSync(join(__dirname, '../../../manifest.yml'), 'utf8'));
const RECEIVED = new Date('2026-03-02T09:00:00.000Z');

const link = (url = 'https://github.com/acme/checkout-web/pull/7') => ({
  repository: 'acme/checkout-web',
  number: 7,
  url,
  headSha: 'a'.repeat(40),
  issueKey: 'CHG-1',
  issueUrl: 'http://localhost:8080/browse/CHG-1',
});

/** Every claim the app makes, each on one fixed key. */
const CLAIMS: Record<string, () => Promise<boolean>> = {
  'the routing claim (ledger)': () => ledgerRepository.claim('routing', 'CHG-1'),
  'the webhook delivery claim': () => claimDelivery('72d3162e-cc78-11e3-81ab-4c9367dc0958', RECEIVED),
  'the drafting claim': () => pullRequestIndex.claimDrafting('acme/checkout-web', 7),
  'the PR -> CR link': () => pullRequestIndex.create(link()),
};

const ANSWERS = [
  { status: 400, code: 'BAD_REQUEST' },
  { status: 412, code: 'PRECONDITION_FAILED' },
];

describe.each(ANSWERS)('conditional writes refused with $status $code', (answer) => {
  let ctx: KvsTestContext;
  beforeEach(() => {
    ctx = installForgeKvs({ entities: parseEntityDefinitions(manifest), conditionalWriteFailure: answer });
  });
  afterEach(() => {
    ctx.dispose();
  });

  it('the host answers a refused FAIL_IF_EXISTS and a failed transaction condition with them', async () => {
    await kvs.set('taken', 1);
    await expect(kvs.set('taken', 2, { keyPolicy: 'FAIL_IF_EXISTS' })).rejects.toMatchObject({
      code: answer.code,
      responseDetails: { status: answer.status, httpPath: '/api/v1/set' },
    });
    const failing = kvs
      .transact()
      .set(
        'current',
        { revision: 2 },
        {
          entityName: 'policy-document',
          conditions: new Filter<{ revision: number }>().and('revision', FilterConditions.equalTo(1)),
        },
      )
      .execute();
    await expect(failing).rejects.toMatchObject({
      code: answer.code,
      responseDetails: { status: answer.status, httpPath: '/api/v1/transaction' },
    });
  });

  it.each(Object.entries(CLAIMS))('%s: of five concurrent claims exactly one wins', async (_name, claim) => {
    // When five invocations claim the same key at once
    const results = await Promise.all([claim(), claim(), claim(), claim(), claim()]);

    // Then one holds it and the other four are told someone else does
    expect(results.filter((won) => won)).toHaveLength(1);
    expect(results.filter((won) => !won)).toHaveLength(4);
  });

  it('two policy saves from the same revision: one is saved, the other is a conflict', async () => {
    // Given a saved policy at revision 1
    const saved = await policyRepository.save(makePolicy(), 0, 'alex');
    expect(saved.kind).toBe('saved');

    // When two admins save what they edited from revision 1 at once
    const [first, second] = await Promise.all([
      policyRepository.save(makePolicy(), 1, 'alex'),
      policyRepository.save(makePolicy(), 1, 'morgan'),
    ]);

    // Then exactly one save landed (revision 2) and the other is told someone saved first
    expect([first.kind, second.kind].sort()).toEqual(['conflict', 'saved']);
    const stored = await policyRepository.get();
    expect(stored.revision).toBe(2);
    expect(stored.updatedBy).toBe(first.kind === 'saved' ? 'alex' : 'morgan');
  });

  it.each(Object.entries(CLAIMS))(
    '%s: a claim whose write landed but whose answer was lost is ours; the next caller is refused',
    async (_name, claim) => {
      // Given the store writes the claim but the answer is lost on the way back
      ctx.failNext({ path: '/api/v1/set', landed: true, status: 503, code: 'SERVICE_UNAVAILABLE' });

      // When the claim is made, then it is ours, and a later claim of the same key is not
      await expect(claim()).resolves.toBe(true);
      await expect(claim()).resolves.toBe(false);
    },
  );

  it('a policy save whose answer was lost is saved', async () => {
    ctx.failNext({ path: '/api/v1/transaction', landed: true, status: 503, code: 'SERVICE_UNAVAILABLE' });

    const saved = await policyRepository.save(makePolicy(), 0, 'alex');

    expect(saved.kind).toBe('saved');
    expect((await policyRepository.get()).revision).toBe(1);
  });

  it.each(Object.entries(CLAIMS))(
    '%s: a failure that left the key free is rethrown, even when it answers 409',
    async (_name, claim) => {
      // Given a 409 that never reached the store (a gateway's, not a refused write)
      ctx.failNext({ path: '/api/v1/set', landed: false, status: 409, code: 'CONFLICT' });

      // Then the claim fails with that error instead of reporting someone else's claim
      await expect(claim()).rejects.toMatchObject({ code: 'CONFLICT', responseDetails: { status: 409 } });
      // And the key is still free
      await expect(claim()).resolves.toBe(true);
    },
  );

  it('a key over 500 characters or a value over 240 KiB is rethrown, not reported as a conflict', async () => {
    await expect(ledgerRepository.claim('routing', `CHG-${'9'.repeat(500)}`)).rejects.toMatchObject({
      code: 'KEY_TOO_LONG',
    });
    await expect(
      pullRequestIndex.create(link(`https://github.com/acme/checkout-web/pull/7?${'x'.repeat(250_000)}`)),
    ).rejects.toMatchObject({ code: 'MAX_SIZE' });
  });

  it('a policy save that failed while the revision stayed the same is rethrown', async () => {
    ctx.failNext({ path: '/api/v1/transaction', landed: false, status: 409, code: 'CONFLICT' });

    await expect(policyRepository.save(makePolicy(), 0, 'alex')).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await policyRepository.get()).revision).toBe(0);
  });
});
