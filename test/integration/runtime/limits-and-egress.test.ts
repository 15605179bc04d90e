import { createHarness, DANA, textContaining, type Harness } from './runtime-harness';

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { z } from 'zod';

const panel = { moduleKey: 'fixture-panel', accountId: DANA };

describe('Forge limits', () => {
  let h: Harness;
  afterEach(() => {
    h.dispose();
  });

  it('given a resolver that never settles, when 25 s (scaled) pass, then the caller gets FUNCTION_TIME_OUT', async () => {
    // limitsScale 0.004: the 25 s resolver limit takes 100 ms of real time.
    h = createHarness({ overrides: { limitsScale: 0.004 } });

    const call = h.runtime.invokeResolver({ ...panel, functionKey: 'hang' });

    await expect(call).rejects.toMatchObject({
      code: 'FUNCTION_TIME_OUT',
      message: textContaining('25 s'),
    });
  });

  it('given a running resolver, when it asks for its remaining time, then it is within the 25 s budget', async () => {
    h = createHarness();

    const result = z
      .object({ remainingMs: z.number() })
      .parse(await h.runtime.invokeResolver({ ...panel, functionKey: 'remainingTime' }));

    expect(result.remainingMs).toBeGreaterThan(20_000);
    expect(result.remainingMs).toBeLessThanOrEqual(25_000);
  });

  it('given an invoke payload over 500 KB, when invoked, then it is refused before the resolver runs', async () => {
    h = createHarness();

    const call = h.runtime.invokeResolver({
      ...panel,
      functionKey: 'echo',
      payload: { blob: 'x'.repeat(501 * 1024) },
    });

    await expect(call).rejects.toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
  });

  it('given an invoke payload just under 500 KB, when invoked, then the resolver answers', async () => {
    h = createHarness();
    const blob = 'x'.repeat(490 * 1024);

    const result = await h.runtime.invokeResolver({ ...panel, functionKey: 'echo', payload: { blob } });

    expect(result).toEqual({ payload: { blob } });
  });
});

describe('external egress', () => {
  let h: Harness;
  let server: Server | undefined;
  beforeEach(() => {
    h = createHarness();
  });
  afterEach(async () => {
    h.dispose();
    await new Promise<void>((resolve) => {
      if (server) {
        server.close(() => {
          resolve();
        });
      } else resolve();
    });
  });

  it('given a host declared in external.fetch.backend, when the app fetches it, then the egress route answers', async () => {
    const result = await h.runtime.invokeResolver({
      ...panel,
      functionKey: 'callExternal',
      payload: { url: 'https://api.github.com/repos/acme/payments-api/commits/abc/statuses' },
    });

    expect(result).toEqual({ status: 200, body: '{"ok":true}' });
    expect(h.egressCalls).toEqual(['https://api.github.com/repos/acme/payments-api/commits/abc/statuses']);
  });

  it('given an undeclared host, when the app fetches it, then it fails with ExternalEndpointNotAllowedError', async () => {
    const call = h.runtime.invokeResolver({
      ...panel,
      functionKey: 'callExternal',
      payload: { url: 'https://evil.example.com/steal' },
    });

    await expect(call).rejects.toMatchObject({
      code: 'FUNCTION_ERR',
      cause: {
        name: 'REQUEST_EGRESS_ALLOWLIST_ERR',
        status: 403,
        message: textContaining('URL not included in the external fetch backend permissions'),
      },
    });
    expect(h.egressCalls).toEqual([]);
  });

  it('given no invocation, when code calls the global fetch, then the real network fetch is used', async () => {
    const listening = createServer((_req, res) => res.end('real network'));
    server = listening;
    await new Promise<void>((resolve) => listening.listen(0, '127.0.0.1', resolve));
    const { port } = z
      .custom<AddressInfo>((a) => typeof a === 'object' && a !== null)
      .parse(listening.address());

    const response = await fetch(`http://127.0.0.1:${port}/`);

    expect(await response.text()).toBe('real network');
    expect(h.egressCalls).toEqual([]);
  });
});
