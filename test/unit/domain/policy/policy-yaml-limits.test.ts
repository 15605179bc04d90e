import { demoPolicy, policyFromYaml, policyToYaml, POLICY_YAML_LIMITS } from '../../../../src/domain/policy';

const codesOf = (result: ReturnType<typeof policyFromYaml>) =>
  result.ok ? [] : result.errors.map((error) => error.code);
const messageOf = (result: ReturnType<typeof policyFromYaml>) =>
  result.ok ? '' : (result.errors[0]?.message ?? '');

/** Runs `read` and answers how long it took, in milliseconds. */
function timed<T>(read: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = read();
  return { value, ms: performance.now() - started };
}

describe('policy YAML import: limits checked before parsing', () => {
  it('given a document over the size cap, when imported, then it is refused naming the cap', () => {
    const result = policyFromYaml(
      `# ${'x'.repeat(POLICY_YAML_LIMITS.maxChars)}\n${policyToYaml(demoPolicy)}`,
    );
    expect(codesOf(result)).toEqual(['yaml-too-large']);
    expect(messageOf(result)).toMatch(/has 20\d \d{3} characters; at most 200 000 characters are accepted/);
  });

  it('given an alias bomb, when imported, then it is refused as too many aliases without expanding it', () => {
    const lines = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    const letters = 'abcdefghi';
    for (let i = 1; i < letters.length; i += 1) {
      const previous = letters[i - 1] ?? '';
      const name = letters[i] ?? '';
      lines.push(`${name}: &${name} [${Array.from({ length: 9 }, () => `*${previous}`).join(', ')}]`);
    }
    const { value, ms } = timed(() => policyFromYaml(lines.join('\n')));
    expect(codesOf(value)).toEqual(['yaml-too-many-aliases']);
    expect(messageOf(value)).toMatch(/alias/);
    expect(ms).toBeLessThan(1_000);
  });

  it('given more than 100 aliases, when imported, then the count is named', () => {
    const text = `base: &base 1\nuses: [${Array.from({ length: 150 }, () => '*base').join(', ')}]\n`;
    const result = policyFromYaml(text);
    expect(codesOf(result)).toEqual(['yaml-too-many-aliases']);
    expect(messageOf(result)).toMatch(/uses 150 aliases/);
  });

  it.each([
    ['a block map', (n: number) => Array.from({ length: n }, (_, i) => `${i.toString(36)}:`).join('\n')],
    ['a flow map', (n: number) => `{${Array.from({ length: n }, (_, i) => i.toString(36)).join(',')}}`],
    ['a list', (n: number) => Array.from({ length: n }, () => '- x').join('\n')],
  ])(
    'given %s of 28 000 entries, when imported, then it is refused at once naming the count',
    (_what, make) => {
      const { value, ms } = timed(() => policyFromYaml(make(28_000)));
      expect(codesOf(value)).toEqual(['yaml-too-many-entries']);
      expect(messageOf(value)).toMatch(/has 2\d \d{3} keys and list items; at most 10 000/);
      expect(ms).toBeLessThan(1_000);
    },
  );

  it('given a map of 9 000 keys with one repeated, when imported, then the repeat is found quickly with its line', () => {
    const keys = Array.from({ length: 9_000 }, (_, i) => `k${String(i)}: 1`);
    keys.push('k17: 2');
    const { value, ms } = timed(() => policyFromYaml(keys.join('\n')));
    expect(value.ok ? [] : value.errors).toEqual([
      expect.objectContaining({
        code: 'yaml-syntax',
        line: 9_001,
        message: expect.stringMatching(/unique/) as unknown,
      }),
    ]);
    // The library's own pairwise key check takes seconds here.
    expect(ms).toBeLessThan(1_000);
  });

  it('given a policy that uses an alias, when imported, then it is read as its value', () => {
    // The first system's time zone is anchored; the defaults, further down, refer to it.
    const text = policyToYaml(demoPolicy)
      .replace(/^( {4}timeZone: )(Europe\/London)$/m, '$1&zone $2')
      .replace(/^( {2}timeZone: )Europe\/London$/m, '$1*zone');
    expect(text).toMatch(/&zone[\s\S]*\*zone/);
    const result = policyFromYaml(text);
    expect(result.ok && result.value.defaults.timeZone).toBe('Europe/London');
  });

  it('given an alias before its anchor, when imported, then it is a YAML error, not a failure', () => {
    const result = policyFromYaml('systems: *later\nholidays: &later []\n');
    expect(result.ok ? [] : result.errors).toEqual([
      expect.objectContaining({
        code: 'yaml-syntax',
        message: expect.stringMatching(/^YAML alias error: /) as unknown,
      }),
    ]);
  });
});
