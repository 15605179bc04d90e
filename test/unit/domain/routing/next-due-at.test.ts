import {
  deadlineMomentKey,
  nextDueAt,
  pendingDueMoments,
  reminderMomentKey,
  silenceMomentKey,
  type DueFacts,
} from '../../../../src/domain/routing/next-due-at';

/** Two groups: platform reminded at 50 % and 90 %, operations with a later deadline; silence is consent. */
const routing = {
  groups: [
    {
      groupId: 'g-platform',
      deadline: '2026-12-02T15:00:00.000Z',
      reminderTimes: ['2026-11-30T19:00:00.000Z', '2026-12-01T20:36:00.000Z'],
    },
    { groupId: 'g-operations', deadline: '2026-12-03T15:00:00.000Z', reminderTimes: [] },
  ],
  silenceIsConsent: {
    objectionDeadline: '2026-12-01T15:00:00.000Z',
    announcedAt: '2026-11-27T15:00:00.000Z',
  },
};
const waiting: DueFacts = { awaitingDecision: true, escalated: false, routing };
const at = (iso: string) => Date.parse(iso);

describe('nextDueAt', () => {
  it('given nothing handled, then the first reminder is next', () => {
    expect(nextDueAt(waiting, { handled: [] })).toBe(at('2026-11-30T19:00:00.000Z'));
  });

  it('given the first reminder handled, then the silence window closing comes before the second reminder', () => {
    const handled = [reminderMomentKey('g-platform', '2026-11-30T19:00:00.000Z')];
    expect(nextDueAt(waiting, { handled })).toBe(at('2026-12-01T15:00:00.000Z'));
  });

  it('keeps the key the sweep state has always used for reminder times', () => {
    expect(reminderMomentKey('g-platform', '2026-11-30T19:00:00.000Z')).toBe(
      'g-platform@2026-11-30T19:00:00.000Z',
    );
  });

  it('given every reminder and the silence window handled, then the deadlines are next, earliest first', () => {
    const handled = [
      reminderMomentKey('g-platform', '2026-11-30T19:00:00.000Z'),
      reminderMomentKey('g-platform', '2026-12-01T20:36:00.000Z'),
      silenceMomentKey('2026-12-01T15:00:00.000Z'),
    ];
    expect(pendingDueMoments(waiting, { handled })).toEqual([
      {
        kind: 'deadline',
        key: deadlineMomentKey('g-platform', '2026-12-02T15:00:00.000Z'),
        at: at('2026-12-02T15:00:00.000Z'),
      },
      {
        kind: 'deadline',
        key: deadlineMomentKey('g-operations', '2026-12-03T15:00:00.000Z'),
        at: at('2026-12-03T15:00:00.000Z'),
      },
    ]);
  });

  it('given an escalated CR with its reminders and silence handled, then nothing is due', () => {
    const handled = pendingDueMoments(waiting, { handled: [] })
      .filter((moment) => moment.kind !== 'deadline')
      .map((moment) => moment.key);
    expect(nextDueAt({ ...waiting, escalated: true }, { handled })).toBeNull();
  });

  it('given a decided CR, or one without routing, then nothing is due', () => {
    expect(nextDueAt({ ...waiting, awaitingDecision: false }, { handled: [] })).toBeNull();
    expect(nextDueAt({ ...waiting, routing: null }, { handled: [] })).toBeNull();
  });

  it('ignores instants that do not parse rather than making the CR due at once', () => {
    const broken = { ...routing, groups: [{ groupId: 'g', deadline: 'not a date', reminderTimes: [] }] };
    expect(
      nextDueAt({ ...waiting, routing: broken }, { handled: [silenceMomentKey('2026-12-01T15:00:00.000Z')] }),
    ).toBeNull();
  });
});
