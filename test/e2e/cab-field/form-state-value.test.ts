import type { CabFieldEntry } from '../../../static/cab-answers/cab-field-value';
import {
  fieldValuesOf,
  formStateOfEntry,
  valueToSubmit,
} from '../../../static/cab-field-edit/src/form-state-value';

const LONDON = { timeZone: 'Europe/London', emergency: false };

describe('formStateOfEntry: the editor starts from the stored value', () => {
  it('shows a stored change window as local date and time in the zone it was planned in (summer time)', () => {
    // Given a window stored as UTC instants, planned in London in July (BST, UTC+1)
    const entry: CabFieldEntry = {
      field: 'changeWindow',
      value: { start: '2026-07-01T17:00:00Z', end: '2026-07-01T18:30:00Z', timeZone: 'Europe/London' },
    };

    // Then the inputs read the London wall clock
    expect(formStateOfEntry(entry, { timeZone: 'UTC', emergency: false })).toMatchObject({
      timeZone: 'Europe/London',
      startDate: '2026-07-01',
      startTime: '18:00',
      endDate: '2026-07-01',
      endTime: '19:30',
    });
  });

  it('starts an empty answer in the default zone, and from the reason of an untested change', () => {
    expect(formStateOfEntry(null, LONDON)).toMatchObject({
      timeZone: 'Europe/London',
      startDate: '',
      tested: null,
    });
    expect(
      formStateOfEntry({ field: 'testEvidence', value: { tested: false, reason: 'No staging.' } }, LONDON),
    ).toMatchObject({ tested: false, notTestedReason: 'No staging.' });
  });

  it('fixes the change type to emergency on an emergency request type, whatever was stored', () => {
    expect(
      formStateOfEntry({ field: 'changeType', value: 'normal' }, { timeZone: 'UTC', emergency: true })
        .changeType,
    ).toBe('emergency');
    expect(formStateOfEntry(null, { timeZone: 'UTC', emergency: true }).changeType).toBe('emergency');
  });
});

describe('fieldValuesOf: what is checked and what Jira stores', () => {
  const empty = formStateOfEntry(null, LONDON);

  it('builds the change window with the offset in force at each local time', () => {
    // Given a window that starts before and ends after London's clocks go back (2026-10-25 02:00 BST)
    const state = {
      ...empty,
      startDate: '2026-10-25',
      startTime: '00:30',
      endDate: '2026-10-25',
      endTime: '03:00',
    };
    // Then start carries BST and end GMT, and the stored value is exactly the field's shape
    expect(fieldValuesOf('changeWindow', state).submitted).toEqual({
      start: '2026-10-25T00:30:00+01:00',
      end: '2026-10-25T03:00:00+00:00',
      timeZone: 'Europe/London',
    });
  });

  it('stores nothing for an incomplete window, but checks it with the missing instant left empty', () => {
    const state = { ...empty, startDate: '2026-11-24', startTime: '10:00', endDate: '2026-11-24' };
    const values = fieldValuesOf('changeWindow', state);
    expect(values.submitted).toBeNull();
    expect(values.draft).toEqual({ start: '2026-11-24T10:00:00+00:00', end: '', timeZone: 'Europe/London' });
  });

  it('stores nothing for empty answers, so the host form never keeps an older value', () => {
    expect(fieldValuesOf('affectedSystems', empty).submitted).toBeNull();
    expect(fieldValuesOf('risk', empty).submitted).toBeNull();
    expect(fieldValuesOf('testEvidence', empty).submitted).toBeNull();
    expect(fieldValuesOf('testEvidence', { ...empty, tested: true, evidenceUrl: '  ' }).submitted).toBeNull();
    expect(fieldValuesOf('testEvidence', { ...empty, tested: false }).submitted).toBeNull();
    expect(fieldValuesOf('rollbackPlan', { ...empty, rollbackPlan: ' \n ' }).submitted).toBeNull();
  });

  it('stores an answer the domain may still refuse, so Jira refuses it too', () => {
    // An http (not https) link is complete: it is handed over and Jira's validation says no as well
    expect(
      fieldValuesOf('testEvidence', { ...empty, tested: true, evidenceUrl: ' http://ci.example/run/1 ' })
        .submitted,
    ).toEqual({ tested: true, evidenceUrl: 'http://ci.example/run/1' });
  });

  it('wraps free text as { text }, keeping what the person typed', () => {
    expect(
      fieldValuesOf('consequence', { ...empty, consequenceOfNotReleasing: 'Keys expire.\nOutage.' }),
    ).toEqual({
      draft: { text: 'Keys expire.\nOutage.' },
      submitted: { text: 'Keys expire.\nOutage.' },
    });
  });

  it('keeps the policy order of systems and submits them as keys', () => {
    expect(
      fieldValuesOf('affectedSystems', { ...empty, affectedSystems: ['payments-api', 'identity'] }),
    ).toEqual({
      draft: ['payments-api', 'identity'],
      submitted: ['payments-api', 'identity'],
    });
  });
});

describe('valueToSubmit: an untouched value stays as stored', () => {
  const stored: CabFieldEntry = {
    field: 'changeWindow',
    value: { start: '2026-11-24T10:00:30Z', end: '2026-11-24T11:00:00Z', timeZone: 'UTC' },
  };
  const reread = { start: '2026-11-24T10:00:00+00:00', end: '2026-11-24T11:00:00+00:00', timeZone: 'UTC' };

  it('hands back the stored value until the person changes something', () => {
    expect(valueToSubmit({ changed: false, stored, submitted: reread })).toEqual(stored.value);
    expect(valueToSubmit({ changed: true, stored, submitted: reread })).toEqual(reread);
  });

  it('hands over the form value when nothing readable was stored', () => {
    expect(valueToSubmit({ changed: false, stored: null, submitted: null })).toBeNull();
  });
});
