/**
 * Hostile or oversized policies on the admin page's resolvers: each is refused quickly with VALIDATION_FAILED
 * and a message naming the problem, and nothing is saved.
 */
import { policyToYaml, demoPolicy } from '../../../src/domain/policy';
import { PEOPLE, startAppHost, validAnswers, type AppHost } from './app-harness';

interface Envelope {
  ok: boolean;
  value?: { revision: number };
  error?: { code: string; message: string; fieldErrors?: { field: string; message: string }[] };
}

/** Everything a person is told: the message and each field error. */
const told = (answer: Envelope) =>
  [answer.error?.message ?? '', ...(answer.error?.fieldErrors ?? []).map((error) => error.message)].join(' ');

/** A policy whose serialised form is about 270 KB: one system name of 90 000 three-byte characters. */
const hugeName = '漢'.repeat(90_000);

describe('policy import and save: limits', () => {
  let app: AppHost;
  let key: string;
  beforeAll(async () => {
    app = await startAppHost();
    key = await app.raise(PEOPLE.dana, 'Context issue for the policy limits', validAnswers());
  });
  afterAll(async () => {
    await app.stop();
  });

  const call = (functionKey: string, payload: unknown) =>
    app.invoke(PEOPLE.alex, key, functionKey, payload) as Promise<Envelope>;
  const revision = async () => (await call('getPolicy', {})).value?.revision ?? -1;
  const importYaml = async (yaml: string) =>
    call('importPolicyYaml', { yaml, expectedRevision: await revision() });

  it('refuses an alias bomb ("billion laughs") before expanding it', async () => {
    const before = await revision();
    const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    const letters = 'abcdefghi';
    for (let i = 1; i < letters.length; i += 1) {
      const [previous, name] = [letters.charAt(i - 1), letters.charAt(i)];
      lines.push(`${name}: &${name} [${Array.from({ length: 9 }, () => `*${previous}`).join(',')}]`);
    }
    const answer = await importYaml(`${lines.join('\n')}\n`);
    expect(answer).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    expect(told(answer)).toMatch(/alias/i);
    expect(await revision()).toBe(before);
  });

  it('refuses a map with 28 000 keys at once, naming the count', async () => {
    const keys = Array.from({ length: 28_000 }, (_, i) => `${i.toString(36)}:`).join('\n');
    const started = Date.now();
    const answer = await importYaml(`${keys}\n`);
    // The host took 15 s over this document before the guard; the guard answers well within 3 s.
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(answer).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    expect(told(answer)).toMatch(/28 000 keys/);
  });

  it('refuses a document over the size cap, naming the cap', async () => {
    const answer = await importYaml(`# ${'x'.repeat(250_000)}\n${policyToYaml(demoPolicy)}`);
    expect(answer).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    expect(told(answer)).toMatch(/200 000 characters/);
  });

  it('refuses an imported policy too large to store, naming the size and the limit', async () => {
    const before = await revision();
    const yaml = policyToYaml({
      ...demoPolicy,
      systems: demoPolicy.systems.map((system, i) => (i === 0 ? { ...system, name: hugeName } : system)),
    });
    const answer = await importYaml(yaml);
    expect(answer).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    expect(told(answer)).toMatch(/too large to store.*240 KiB/);
    expect(await revision()).toBe(before);
  });

  it('refuses a saved policy too large to store in the same words', async () => {
    const before = await revision();
    const answer = await call('savePolicy', {
      policy: {
        ...demoPolicy,
        systems: demoPolicy.systems.map((system, i) => (i === 0 ? { ...system, name: hugeName } : system)),
      },
      expectedRevision: before,
    });
    expect(answer).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    expect(told(answer)).toMatch(/too large to store.*240 KiB/);
    expect(await revision()).toBe(before);
  });
});
