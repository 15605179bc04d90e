import type { FieldError } from '@async-cab/shared/client';
import { formStateOfEntry } from '../../../static/cab-field-edit/src/form-state-value';
import {
  fieldMessages,
  firstInvalidPart,
  formPathOf,
} from '../../../static/cab-field-edit/src/field-messages';
import { saveModeOf } from '../../../static/cab-field-edit/src/save-mode';

const error = (field: string, message: string): FieldError => ({ field, code: 'x', message });
const state = formStateOfEntry(null, { timeZone: 'UTC', emergency: false });

describe('formPathOf: a path inside the field value as the answer widgets name it', () => {
  it('prefixes the request form name of the field', () => {
    expect(formPathOf('changeWindow', 'end')).toBe('plannedWindow.end');
    expect(formPathOf('testEvidence', 'evidenceUrl')).toBe('testing.evidenceUrl');
    expect(formPathOf('affectedSystems', '0')).toBe('affectedSystems.0');
    expect(formPathOf('testEvidence', '')).toBe('testing');
  });

  it('drops the { text } wrapper of the free-text fields', () => {
    expect(formPathOf('rollbackPlan', 'text')).toBe('rollbackPlan');
    expect(formPathOf('consequence', '')).toBe('consequenceOfNotReleasing');
  });
});

describe('fieldMessages: each domain message under the part it concerns', () => {
  it('puts a window message under the end, and a whole-window message under the start', () => {
    const complete = {
      ...state,
      startDate: '2026-11-24',
      startTime: '10:00',
      endDate: '2026-11-24',
      endTime: '09:00',
    };
    const placed = fieldMessages(
      'changeWindow',
      [error('end', 'The planned window must end after it starts.'), error('', 'Give the planned window.')],
      complete,
    );
    expect(placed).toEqual({
      byField: {
        'plannedWindow.end': 'The planned window must end after it starts.',
        'plannedWindow.start': 'Give the planned window.',
      },
      general: [],
    });
  });

  it('says which half of an incomplete start or end is missing', () => {
    const halfDone = { ...state, startDate: '2026-11-24', endTime: '11:00' };
    const placed = fieldMessages(
      'changeWindow',
      [error('start', '"" is not a date and time.'), error('end', '"" is not a date and time.')],
      halfDone,
    );
    expect(placed.byField['plannedWindow.start']).toBe('Enter the start time.');
    expect(placed.byField['plannedWindow.end']).toBe('Enter the end date.');
  });

  it('tells the evidence link apart from the reason', () => {
    expect(
      fieldMessages('testEvidence', [error('evidenceUrl', 'Use an https link.')], state).byField,
    ).toEqual({
      'testing.evidenceUrl': 'Use an https link.',
    });
    expect(fieldMessages('testEvidence', [error('reason', 'Say why.')], state).byField).toEqual({
      'testing.reason': 'Say why.',
    });
  });

  it('shows a list item message at the systems list', () => {
    const placed = fieldMessages(
      'affectedSystems',
      [error('1', "The system 'x' is listed more than once.")],
      state,
    );
    expect(placed).toEqual({
      byField: { affectedSystems: "The system 'x' is listed more than once." },
      general: [],
    });
  });

  it('shows a message for a part the control does not have above the control, never drops it', () => {
    const placed = fieldMessages('changeWindow', [error('recurrence', 'Windows do not repeat.')], state);
    expect(placed).toEqual({ byField: {}, general: ['Windows do not repeat.'] });
  });

  it('finds the first invalid part in the order the control shows them', () => {
    const placed = fieldMessages(
      'changeWindow',
      [error('timeZone', 'Unknown zone.'), error('end', 'Too long.')],
      state,
    );
    expect(firstInvalidPart('changeWindow', placed)).toBe('plannedWindow.end');
    expect(firstInvalidPart('risk', fieldMessages('risk', [], state))).toBeNull();
  });
});

describe('saveModeOf: how the value reaches Jira', () => {
  it('saves with buttons on the issue view, and on every change in create, transition and portal forms', () => {
    expect(saveModeOf('issue-view')).toBe('save-button');
    expect(saveModeOf('issue-create')).toBe('on-change');
    expect(saveModeOf('issue-transition')).toBe('on-change');
    expect(saveModeOf('portal-request')).toBe('on-change');
    expect(saveModeOf(null)).toBe('on-change');
  });
});
