import { createHarness, DANA, SAM, type Harness } from './runtime-harness';

import { z } from 'zod';

import type { CallerIdentity } from '../../../local/core/http-types';

const whoAmI = z.object({
  contextAccountId: z.string(),
  jira: z.object({ accountId: z.string() }),
  invocationId: z.string(),
});

describe('per-invocation context isolation (AsyncLocalStorage)', () => {
  let h: Harness;
  afterEach(() => {
    h.dispose();
  });

  it('given two resolver calls interleaved inside Jira, when both complete, then each saw only its own user', async () => {
    // The fake Jira holds the first request until the second has arrived, then answers the second first,
    // so both invocations are suspended at the same time and resume in the opposite order.
    const arrived: { caller: CallerIdentity; release: () => void }[] = [];
    let bothArrived: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      bothArrived = resolve;
    });
    h = createHarness({
      holdJira: async (_request, caller) => {
        const released = new Promise<void>((resolve) => arrived.push({ caller, release: resolve }));
        if (arrived.length === 2) bothArrived();
        await released;
      },
    });

    const dana = h.runtime.invokeResolver({
      moduleKey: 'fixture-panel',
      functionKey: 'whoAmI',
      accountId: DANA,
    });
    const sam = h.runtime.invokeResolver({
      moduleKey: 'fixture-panel',
      functionKey: 'whoAmI',
      accountId: SAM,
    });
    await gate;
    arrived[1]?.release();
    arrived[0]?.release();
    const [fromDana, fromSam] = (await Promise.all([dana, sam])).map((r) => whoAmI.parse(r));

    expect(arrived.map((a) => a.caller)).toEqual(
      expect.arrayContaining([
        { kind: 'user', accountId: DANA },
        { kind: 'user', accountId: SAM },
      ]),
    );
    expect(fromDana).toMatchObject({ contextAccountId: DANA, jira: { accountId: DANA } });
    expect(fromSam).toMatchObject({ contextAccountId: SAM, jira: { accountId: SAM } });
    expect(fromDana?.invocationId).not.toEqual(fromSam?.invocationId);
  });

  it('given no invocation is running, when code reads the Forge globals, then there is no runtime context', () => {
    h = createHarness();
    const holder: Record<string, unknown> = globalThis;

    expect(holder['__forge_runtime__']).toBeUndefined();
    expect(typeof holder['__forge_fetch__']).toBe('function');
  });
});
