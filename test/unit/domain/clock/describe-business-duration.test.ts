import { describeBusinessDuration } from '../../../../src/domain/clock';
import { makeCalendar } from './calendar-factory';

describe('describeBusinessDuration', () => {
  it.each([
    [0, '0 min'],
    [45, '45 min'],
    [60, '1 h'],
    [480, '1 working day'],
    [480 + 180, '1 working day 3 h'],
    [2 * 480 + 75, '2 working days 1 h 15 min'],
    [29.6, '30 min'],
  ])('given %p minutes on an 8 h day, then it reads "%s"', (minutes, text) => {
    expect(describeBusinessDuration(minutes, makeCalendar())).toBe(text);
  });

  it('given a 7.5 h day, then a working day is 450 minutes', () => {
    expect(describeBusinessDuration(450, makeCalendar({ dayStart: '09:00', dayEnd: '16:30' }))).toBe(
      '1 working day',
    );
  });

  it('given negative minutes, then it throws a RangeError', () => {
    expect(() => describeBusinessDuration(-5, makeCalendar())).toThrow(RangeError);
  });
});
