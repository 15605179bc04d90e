import { windowFlagSentences, type WindowFlagsView } from '../../../src/shared/client';

const span = (start: string, end: string) => `${start.slice(0, 10)} to ${end.slice(0, 10)}`;
const yearEnd = {
  name: 'Year-end freeze',
  kind: 'hard' as const,
  start: '2026-12-21T00:00:00Z',
  end: '2027-01-04T00:00:00Z',
  systems: 'all' as const,
  effect: 'blocked' as const,
};
const flags = (overrides: Partial<WindowFlagsView>): WindowFlagsView => ({
  systemsKnown: true,
  freeze: null,
  conflicts: [],
  ...overrides,
});

describe('the words of a planned window’s freezes and clashes', () => {
  it('says a hard freeze forbids a normal change, as an error, with the span as the reader reads it', () => {
    const [sentence] = windowFlagSentences(flags({ freeze: { blocking: true, hits: [yearEnd] } }), { span });
    expect(sentence).toEqual({
      level: 'error',
      about: 'freeze',
      text: 'The planned window falls in the hard freeze "Year-end freeze" (2026-12-21 to 2027-01-04, on every system): only emergency changes may be planned in it. Choose a window outside it.',
    });
  });

  it('only warns of a freeze on some systems while the change’s systems are not chosen', () => {
    const hit = { ...yearEnd, systems: ['Checkout web', 'Payments API'] };
    const [sentence] = windowFlagSentences(
      flags({ systemsKnown: false, freeze: { blocking: true, hits: [hit] } }),
      { span },
    );
    expect(sentence?.level).toBe('warning');
    expect(sentence?.text).toContain('on Checkout web, Payments API');
    expect(sentence?.text).toContain(
      'if this change touches them, only an emergency change may be planned then',
    );
  });

  it('warns of a soft freeze and of an emergency in a hard one', () => {
    const sentences = windowFlagSentences(
      flags({
        freeze: {
          blocking: false,
          hits: [
            { ...yearEnd, kind: 'soft', effect: 'warning' },
            { ...yearEnd, effect: 'allowed-for-emergency' },
          ],
        },
      }),
      { span },
    );
    expect(sentences.map((sentence) => sentence.level)).toEqual(['warning', 'warning']);
    expect(sentences[0]?.text).toContain('plan it outside the freeze if you can');
    expect(sentences[1]?.text).toContain('emergency changes are allowed in it');
  });

  it('names a clash by its key, summary, systems and window', () => {
    const conflict = {
      issueKey: 'CHG-7',
      summary: 'Rotate the payments database credentials',
      systems: ['Payments API'],
      start: '2026-12-01T13:30:00Z',
      end: '2026-12-01T15:00:00Z',
      overlap: { start: '2026-12-01T13:30:00Z', end: '2026-12-01T14:00:00Z' },
    };
    expect(windowFlagSentences(flags({ conflicts: [conflict] }), { span })).toEqual([
      {
        level: 'warning',
        about: 'clash',
        text: 'Clashes with CHG-7 Rotate the payments database credentials, planned on Payments API at an overlapping time (2026-12-01 to 2026-12-01).',
      },
    ]);
    const unknown = windowFlagSentences(flags({ systemsKnown: false, conflicts: [conflict] }), { span });
    expect(unknown[0]?.text).toContain('a clash if this change touches it too');
  });
});
