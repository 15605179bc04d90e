import type { PolicyChangeRequestType } from '@async-cab/shared/client';
import {
  describeEntry,
  otherEntryIndexes,
  rowStateOf,
  withAnswersRequired,
  withKind,
} from '../../../static/admin/src/request-types-model';

const byName = (name: string, overrides: Partial<PolicyChangeRequestType> = {}): PolicyChangeRequestType => ({
  name,
  emergency: false,
  answersRequiredOnForm: false,
  ...overrides,
});
const byId = (
  id: string,
  name: string,
  overrides: Partial<PolicyChangeRequestType> = {},
): PolicyChangeRequestType => ({
  ...byName(name, overrides),
  requestTypeId: id,
});

const CHANGE = { id: '10', name: 'Change' };
const HOTFIX = { id: '12', name: 'Hotfix' };
const IT_HELP = { id: '13', name: 'Get IT help' };

describe('how a request type of the site counts', () => {
  it('given the default entries by name, then a request type of that name counts through them, and others do not', () => {
    const types = [byName('Change'), byName('Emergency change', { emergency: true })];

    expect(rowStateOf(types, { id: '10', name: ' change ' })).toEqual({
      kind: 'change',
      answersRequiredOnForm: false,
      own: null,
      inheritedFrom: 0,
    });
    expect(rowStateOf(types, { id: '11', name: 'Emergency change' }).kind).toBe('emergency');
    expect(rowStateOf(types, IT_HELP)).toEqual({
      kind: 'none',
      answersRequiredOnForm: false,
      own: null,
      inheritedFrom: null,
    });
  });

  it('given an entry by id and one by name for the same request type, then the id entry decides', () => {
    const types = [byName('Change'), byId('10', 'Change', { emergency: true, answersRequiredOnForm: true })];

    expect(rowStateOf(types, CHANGE)).toEqual({
      kind: 'emergency',
      answersRequiredOnForm: true,
      own: 1,
      inheritedFrom: null,
    });
  });
});

describe('choosing what a request type counts as', () => {
  it('given a request type that is not a change request, when the admin picks Emergency, then an id entry is added', () => {
    const types = withKind([byName('Change')], HOTFIX, 'emergency');

    expect(types).toEqual([
      byName('Change'),
      { name: 'Hotfix', requestTypeId: '12', emergency: true, answersRequiredOnForm: false },
    ]);
  });

  it('given an id entry, when the admin switches it or picks Not a change request, then that entry changes or goes', () => {
    const start = [byName('Change'), byId('12', 'Hotfix')];

    expect(withKind(start, HOTFIX, 'emergency')[1]).toEqual(byId('12', 'Hotfix', { emergency: true }));
    expect(withKind(start, HOTFIX, 'none')).toEqual([byName('Change')]);
  });

  it('given a request type caught by a name entry, when the admin picks for it alone, then it gets its own entry and inherits the form setting', () => {
    const start = [byName('Change', { answersRequiredOnForm: true })];

    expect(withKind(start, CHANGE, 'emergency')).toEqual([
      byName('Change', { answersRequiredOnForm: true }),
      { name: 'Change', requestTypeId: '10', emergency: true, answersRequiredOnForm: true },
    ]);
    // A name entry still catches it, so "not a change request" cannot apply to this one alone.
    expect(withKind(start, CHANGE, 'none')).toEqual(start);
  });

  it('given the form setting, when it is ticked, then only that request type changes', () => {
    expect(withAnswersRequired([byId('12', 'Hotfix')], HOTFIX, true)).toEqual([
      byId('12', 'Hotfix', { answersRequiredOnForm: true }),
    ]);
    expect(withAnswersRequired([byName('Change', { emergency: true })], CHANGE, true)).toEqual([
      byName('Change', { emergency: true }),
      { name: 'Change', requestTypeId: '10', emergency: true, answersRequiredOnForm: true },
    ]);
    expect(withAnswersRequired([], IT_HELP, true)).toEqual([]);
  });
});

describe('entries the site list does not show', () => {
  const types = [
    byName('Change'),
    byId('10', 'Change'),
    byId('99', 'Old change'),
    byId('10', 'Change again'),
  ];

  it('given the site has request type 10 only, then name entries, unknown ids and repeats are listed apart', () => {
    expect(otherEntryIndexes(types, new Set(['10', '12']))).toEqual([0, 2, 3]);
  });

  it('given the site list could not be loaded, then every entry is listed', () => {
    expect(otherEntryIndexes(types, null)).toEqual([0, 1, 2, 3]);
  });

  it('given each kind of entry, then it reads as what it matches', () => {
    const site = new Set(['10']);
    expect(describeEntry(byName(' Change '), site)).toBe('Any request type named “Change”');
    expect(describeEntry(byId('99', 'Old change'), site)).toBe(
      '“Old change” (request type 99, not on this site any more)',
    );
    expect(describeEntry(byId('10', 'Change'), site)).toBe('“Change” (request type 10, listed again)');
    expect(describeEntry(byId('10', 'Change'), null)).toBe('“Change” (request type 10)');
  });
});
