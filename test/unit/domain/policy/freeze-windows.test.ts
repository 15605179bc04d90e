import { parsePolicy, type PolicyInput } from '../../../../src/domain/policy';
import { makePolicy } from '../../../factories/make-policy';

const withFreezes = (freezeWindows: unknown): unknown => ({ ...makePolicy(), freezeWindows });

const errorsOf = (input: unknown) => {
  const parsed = parsePolicy(input);
  return parsed.ok ? [] : parsed.errors.map(({ field, code, message }) => ({ field, code, message }));
};

describe('freeze windows in the policy', () => {
  it('has none when a policy leaves them out (a policy saved before they existed)', () => {
    const { freezeWindows: _absent, ...older } = makePolicy();
    const parsed = parsePolicy(older satisfies Omit<PolicyInput, 'freezeWindows'>);
    expect(parsed.ok && parsed.value.freezeWindows).toEqual([]);
  });

  it('accepts hard and soft freezes, for every system or some', () => {
    const parsed = parsePolicy(
      withFreezes([
        { name: 'Year-end freeze', start: '2026-12-21T00:00Z', end: '2027-01-04T00:00Z', kind: 'hard' },
        {
          name: 'Payments peak',
          start: '2026-11-27T00:00+01:00',
          end: '2026-11-30T23:59+01:00',
          systems: ['payments-api', 'checkout-web'],
          kind: 'soft',
        },
      ]),
    );
    expect(parsed.ok).toBe(true);
  });

  it('names the field of each mistake', () => {
    const errors = errorsOf(
      withFreezes([
        { name: ' ', start: '2026-12-21', end: '2026-12-20T00:00Z', kind: 'frozen' },
        { name: 'Backwards', start: '2026-12-21T00:00Z', end: '2026-12-20T00:00Z', kind: 'hard' },
        { name: 'Too long', start: '2026-01-01T00:00Z', end: '2027-06-01T00:00Z', kind: 'soft' },
        {
          name: 'Ghost',
          start: '2026-01-01T00:00Z',
          end: '2026-01-02T00:00Z',
          kind: 'soft',
          systems: ['ghost', 'identity', 'identity'],
        },
        {
          name: 'Empty list',
          start: '2026-01-01T00:00Z',
          end: '2026-01-02T00:00Z',
          kind: 'soft',
          systems: [],
        },
      ]),
    );
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'freezeWindows.0.name', code: 'too-short' }),
        expect.objectContaining({ field: 'freezeWindows.0.start', code: 'invalid-instant' }),
        expect.objectContaining({
          field: 'freezeWindows.0.kind',
          message: "A freeze is 'hard' (only emergency changes may be planned in it) or 'soft' (a warning).",
        }),
        expect.objectContaining({ field: 'freezeWindows.1.end', code: 'window-end-before-start' }),
        expect.objectContaining({ field: 'freezeWindows.2.end', code: 'window-too-long' }),
        expect.objectContaining({ field: 'freezeWindows.4.systems', code: 'too-few' }),
      ]),
    );
  });

  it('refuses systems the policy does not have, and a system named twice', () => {
    const errors = errorsOf(
      withFreezes([
        {
          name: 'Ghost',
          start: '2026-01-01T00:00Z',
          end: '2026-01-02T00:00Z',
          kind: 'soft',
          systems: ['ghost', 'identity', 'identity'],
        },
      ]),
    );
    expect(errors).toEqual([
      {
        field: 'freezeWindows.0.systems.0',
        code: 'unknown-system',
        message: "The freeze 'Ghost' names the system 'ghost', which is not one of the policy's systems.",
      },
      {
        field: 'freezeWindows.0.systems.2',
        code: 'duplicate',
        message: "The system 'identity' is listed twice in the freeze 'Ghost'.",
      },
    ]);
  });

  it('refuses unknown fields in a freeze', () => {
    const errors = errorsOf(
      withFreezes([
        { name: 'X', start: '2026-01-01T00:00Z', end: '2026-01-02T00:00Z', kind: 'soft', reason: 'why' },
      ]),
    );
    expect(errors).toEqual([expect.objectContaining({ field: 'freezeWindows.0', code: 'unknown-field' })]);
  });
});
