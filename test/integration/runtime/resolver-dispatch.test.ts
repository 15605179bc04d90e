import {
  APP_ACCOUNT,
  createHarness,
  DANA,
  FIXTURE_APP,
  PAT,
  textContaining,
  textMatching,
  type Harness,
} from './runtime-harness';

import { z } from 'zod';

import { ForgeInvocationError, readManifest } from '../../../local/runtime';

const panel = {
  moduleKey: 'fixture-panel',
  accountType: 'licensed' as const,
  extension: { issue: { key: 'CHG-1' } },
};

describe('resolver dispatch through the real @forge/api, @forge/kvs and @forge/events', () => {
  let h: Harness;
  beforeEach(() => {
    h = createHarness();
  });
  afterEach(() => {
    h.dispose();
  });

  it('given a signed-in user, when the resolver calls asUser().requestJira, then Jira sees that user', async () => {
    const result = await h.runtime.invokeResolver({ ...panel, functionKey: 'whoAmI', accountId: DANA });

    expect(result).toMatchObject({
      contextAccountId: DANA,
      jira: { accountId: DANA },
      moduleKey: 'fixture-panel',
      appAri: 'ari:cloud:ecosystem::app/0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0',
      environmentType: 'DEVELOPMENT',
    });
    expect(h.jiraCalls).toEqual([
      expect.objectContaining({
        caller: { kind: 'user', accountId: DANA },
        method: 'GET',
        path: '/rest/api/3/myself',
      }),
    ]);
  });

  it('given asApp(), when the resolver reads an issue, then Jira sees the app with the query intact', async () => {
    const result = await h.runtime.invokeResolver({
      ...panel,
      functionKey: 'readIssueAsApp',
      accountId: DANA,
      payload: { key: 'CHG-7' },
    });

    expect(result).toEqual({ status: 200, body: textContaining('"key":"CHG-7"') });
    expect(h.jiraCalls[0]).toEqual({
      caller: { kind: 'app' },
      method: 'GET',
      path: '/rest/api/3/issue/CHG-7',
      query: 'fields=summary',
      contentType: 'application/json',
    });
  });

  it('given a scope with allowImpersonation, when asUser(accountId) is called, then Jira sees that account', async () => {
    const result = await h.runtime.invokeResolver({
      ...panel,
      functionKey: 'impersonate',
      accountId: DANA,
      payload: { accountId: PAT },
    });

    expect(result).toEqual({ status: 200, jira: textContaining(PAT) });
    expect(h.jiraCalls[0]?.caller).toEqual({ kind: 'user', accountId: PAT });
  });

  it('given no scope allows impersonation, when asUser(accountId) is called, then the SDK throws a proxy error', async () => {
    h.dispose();
    const manifest = z.looseObject({}).parse(readManifest(FIXTURE_APP));
    h = createHarness({
      overrides: { manifest: { ...manifest, permissions: { scopes: ['read:jira-work'] } } },
    });

    const call = h.runtime.invokeResolver({
      ...panel,
      functionKey: 'impersonate',
      accountId: DANA,
      payload: { accountId: PAT },
    });

    await expect(call).rejects.toMatchObject({
      code: 'FUNCTION_ERR',
      cause: { name: 'PROXY_ERR', status: 403, errorCode: 'IMPERSONATION_NOT_ALLOWED' },
    });
    expect(h.jiraCalls).toHaveLength(0);
  });

  it('given kvs.set then kvs.get, when the resolver runs, then the value round-trips through the KVS route', async () => {
    const result = await h.runtime.invokeResolver({
      ...panel,
      functionKey: 'kvsRoundTrip',
      accountId: DANA,
      payload: { key: 'policy:draft', value: { systems: ['payments-api'] } },
    });

    expect(result).toEqual({ stored: { systems: ['payments-api'] }, missing: null });
    expect(h.kvs.get('policy:draft')).toEqual({ systems: ['payments-api'] });
  });

  it('given Queue.push, when the resolver enqueues, then it gets a job id and the event is delivered on drain', async () => {
    const result = await h.runtime.invokeResolver({
      ...panel,
      functionKey: 'enqueue',
      accountId: DANA,
      payload: { queue: 'flaky-jobs', bodies: [{ id: 'from-resolver' }] },
    });
    await h.runtime.drainQueues();

    expect(result).toEqual({ jobId: textMatching(/^[0-9a-f-]{36}$/) });
    expect(h.kvs.get('attempt:from-resolver:0')).toEqual({ reason: null });
  });

  it('given webTrigger.getUrl, when the resolver asks for a URL, then it is the local URL the host serves', async () => {
    const result = await h.runtime.invokeResolver({
      ...panel,
      functionKey: 'webtriggerUrl',
      accountId: DANA,
    });

    expect(result).toEqual({ url: h.runtime.listWebtriggers()['echo-hook'] });
  });

  it('given no user, when asUser() is called, then the SDK reports that authentication is required', async () => {
    const call = h.runtime.invokeResolver({ ...panel, functionKey: 'whoAmI' });

    await expect(call).rejects.toMatchObject({
      code: 'FUNCTION_ERR',
      cause: { name: 'NEEDS_AUTHENTICATION_ERR' },
    });
  });

  it('given an unknown module, when invoked, then it fails with MODULE_NOT_FOUND', async () => {
    const call = h.runtime.invokeResolver({ moduleKey: 'nope', functionKey: 'echo', accountId: APP_ACCOUNT });

    await expect(call).rejects.toBeInstanceOf(ForgeInvocationError);
    await expect(call).rejects.toMatchObject({ code: 'MODULE_NOT_FOUND' });
  });
});
