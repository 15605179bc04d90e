/**
 * One CAB field's value <-> the answer widgets' form state (cab-answers/form-state.ts), so the field
 * experience reuses the request form's widgets and conversions (time zones, trimming) unchanged.
 *
 * Two values come out of the state: the `draft` the domain checks (an incomplete window keeps '' for the
 * missing instant so the check names that part) and the `submitted` value Jira stores, which is null
 * while the answer is empty or incomplete, so the host form never keeps an older, stale value.
 */
import type { CabAnswerFieldKey, CabFieldValueMap } from '@async-cab/shared/client';
import type { CabFieldEntry } from '../../cab-answers/cab-field-value';
import { answersOf, initialFormState, type FormState } from '../../cab-answers/form-state';
import { isKnownTimeZone, localDateAndTimeOf } from '../../ui-kit/time-zones';

export type CabAnswerValue = CabFieldValueMap[CabAnswerFieldKey];

export interface FormDefaults {
  /** The zone a new change window starts in (the policy's default). */
  timeZone: string;
  /** An emergency request type: the change type is fixed to emergency, whatever was stored. */
  emergency: boolean;
}

/** A stored instant as the date and time inputs' values in the zone ('' when it is not an instant). */
const localParts = (iso: string, timeZone: string) =>
  localDateAndTimeOf(iso, timeZone) ?? { date: '', time: '' };

function windowState(value: CabFieldValueMap['changeWindow'], fallbackZone: string): Partial<FormState> {
  const timeZone = isKnownTimeZone(value.timeZone) ? value.timeZone : fallbackZone;
  const start = localParts(value.start, timeZone);
  const end = localParts(value.end, timeZone);
  return { timeZone, startDate: start.date, startTime: start.time, endDate: end.date, endTime: end.time };
}

function patchOf(entry: CabFieldEntry, defaults: FormDefaults): Partial<FormState> {
  switch (entry.field) {
    case 'affectedSystems':
      return { affectedSystems: entry.value };
    case 'changeType':
      return { changeType: defaults.emergency ? 'emergency' : entry.value };
    case 'risk':
      return { risk: entry.value };
    case 'changeWindow':
      return windowState(entry.value, defaults.timeZone);
    case 'testEvidence':
      return entry.value.tested
        ? { tested: true, evidenceUrl: entry.value.evidenceUrl }
        : { tested: false, notTestedReason: entry.value.reason };
    case 'consequence':
      return { consequenceOfNotReleasing: entry.value.text };
    case 'rollbackPlan':
      return { rollbackPlan: entry.value.text };
    case 'linkedPullRequest':
      return {};
  }
}

/** The editor's starting state: the stored value, or an empty answer when nothing (readable) is stored. */
export function formStateOfEntry(entry: CabFieldEntry | null, defaults: FormDefaults): FormState {
  const empty = initialFormState(defaults.timeZone, defaults.emergency);
  return entry === null ? empty : { ...empty, ...patchOf(entry, defaults) };
}

export interface FieldValues {
  draft: unknown;
  submitted: CabAnswerValue | null;
}

const blank = (text: string): boolean => text.trim() === '';

export function fieldValuesOf(field: CabAnswerFieldKey, state: FormState): FieldValues {
  const answers = answersOf(state);
  switch (field) {
    case 'affectedSystems':
      return {
        draft: answers.affectedSystems,
        submitted: answers.affectedSystems.length === 0 ? null : answers.affectedSystems,
      };
    case 'changeType':
      return { draft: answers.changeType, submitted: answers.changeType };
    case 'risk':
      return { draft: answers.risk, submitted: answers.risk };
    case 'changeWindow': {
      const window = answers.plannedWindow;
      return { draft: window, submitted: window.start === '' || window.end === '' ? null : window };
    }
    case 'testEvidence': {
      const testing = answers.testing;
      const incomplete =
        testing === null || (testing.tested ? blank(testing.evidenceUrl) : blank(testing.reason));
      return { draft: testing, submitted: incomplete ? null : testing };
    }
    case 'consequence': {
      const text = answers.consequenceOfNotReleasing;
      return { draft: { text }, submitted: blank(text) ? null : { text } };
    }
    case 'rollbackPlan': {
      const text = answers.rollbackPlan;
      return { draft: { text }, submitted: blank(text) ? null : { text } };
    }
  }
}

/**
 * What to hand Jira. Until the person changes something the stored value is kept as stored: the form
 * state reads instants to the minute in the window's zone, and writing that back would change a value
 * nobody touched (and log a change in the history). A policy-fixed answer is submitted at once.
 */
export function valueToSubmit(input: {
  /** The person changed the answer, or the policy fixed it (an emergency request type's change type). */
  changed: boolean;
  stored: CabFieldEntry | null;
  submitted: CabAnswerValue | null;
}): CabAnswerValue | null {
  if (input.changed || input.stored === null || input.stored.field === 'linkedPullRequest')
    return input.submitted;
  return input.stored.value;
}
