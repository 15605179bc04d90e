import type { FieldError } from '@async-cab/shared/client';
import { firstInvalidField, placeFieldErrors } from '../../../static/cab-answers/field-errors';
import { answersKey, answersOf, initialFormState } from '../../../static/cab-answers/form-state';

const error = (field: string, message: string): FieldError => ({ field, code: 'x', message });

describe('answersOf: the answers object built from the form', () => {
  it('builds exactly the answers object of the contract from a completed form', () => {
    // Given a completed form for a tested change in London
    const state = {
      ...initialFormState('Europe/London', false),
      affectedSystems: ['payments-api', 'identity'],
      changeType: 'normal' as const,
      risk: 'high' as const,
      startDate: '2026-11-24',
      startTime: '18:00',
      endDate: '2026-11-24',
      endTime: '19:30',
      tested: true,
      evidenceUrl: ' https://ci.example/run/42 ',
      notTestedReason: 'left over from an earlier choice',
      consequenceOfNotReleasing: 'The key expires on Friday.',
      rollbackPlan: 'Restore the previous key.',
    };

    // Then the answers have the contract's keys only, instants with offsets, and the evidence link trimmed
    expect(answersOf(state)).toEqual({
      affectedSystems: ['payments-api', 'identity'],
      changeType: 'normal',
      risk: 'high',
      plannedWindow: {
        start: '2026-11-24T18:00:00+00:00',
        end: '2026-11-24T19:30:00+00:00',
        timeZone: 'Europe/London',
      },
      testing: { tested: true, evidenceUrl: 'https://ci.example/run/42' },
      consequenceOfNotReleasing: 'The key expires on Friday.',
      rollbackPlan: 'Restore the previous key.',
    });
  });

  it('sends the reason, not a link, when the change was not tested', () => {
    const state = { ...initialFormState('UTC', false), tested: false, notTestedReason: 'No staging.' };
    expect(answersOf(state).testing).toEqual({ tested: false, reason: 'No staging.' });
  });

  it('fixes the change type to emergency on the Emergency change request type', () => {
    expect(answersOf(initialFormState('UTC', true)).changeType).toBe('emergency');
    expect(answersOf(initialFormState('UTC', false)).changeType).toBeNull();
  });

  it('sends an empty instant while a date or time is missing, so the server reports that field', () => {
    const state = { ...initialFormState('UTC', false), startDate: '2026-11-24' };
    expect(answersOf(state).plannedWindow).toEqual({ start: '', end: '', timeZone: 'UTC' });
  });

  it('keys answers by content, so a reply for older answers never validates newer ones', () => {
    const before = answersOf(initialFormState('UTC', false));
    const after = answersOf({ ...initialFormState('UTC', false), risk: 'low' });
    expect(answersKey(before)).toBe(answersKey(answersOf(initialFormState('UTC', false))));
    expect(answersKey(before)).not.toBe(answersKey(after));
  });
});

describe('placeFieldErrors: each server error under its input', () => {
  it('puts dotted paths under their input and unknown paths in the summary at the top', () => {
    const placed = placeFieldErrors([
      error('affectedSystems.1', 'The system x is listed more than once.'),
      error('plannedWindow.end', 'The planned window must end after it starts.'),
      error('testing.evidenceUrl', 'Use an https link.'),
      error('summary', 'Give the change a summary.'),
      error('', 'Unrecognized key: "extra"'),
    ]);

    expect(placed.byField).toEqual({
      affectedSystems: 'The system x is listed more than once.',
      'plannedWindow.end': 'The planned window must end after it starts.',
      'testing.evidenceUrl': 'Use an https link.',
    });
    expect(placed.general).toEqual(['Give the change a summary.', 'Unrecognized key: "extra"']);
  });

  it('shows the first message per field and maps whole-object errors to their first input', () => {
    const placed = placeFieldErrors([
      error('plannedWindow', 'Give the planned window.'),
      error('plannedWindow.start', 'second message'),
      error('testing', 'Say whether the change has been tested.'),
    ]);
    expect(placed.byField['plannedWindow.start']).toBe('Give the planned window.');
    expect(placed.byField['testing.tested']).toBe('Say whether the change has been tested.');
  });

  it('finds the first invalid field in the order the form shows them', () => {
    const placed = placeFieldErrors([error('rollbackPlan', 'a'), error('risk', 'b'), error('summary', 'c')]);
    expect(firstInvalidField(placed)).toBe('risk');
    expect(firstInvalidField(placeFieldErrors([error('summary', 'c')]))).toBeNull();
  });
});
