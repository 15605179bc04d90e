/**
 * How the Request types tab reads and edits `policy.changeRequestTypes`. An entry with a request type id
 * matches only that request type; one without matches any request type of its name; an id entry wins over
 * a name entry (the server's rule, changeRequestKindOf in src/domain/policy/change-request-types-schema.ts).
 * Choosing from the site's list writes id entries, so a renamed request type keeps counting.
 */
import type { PolicyChangeRequestType } from '@async-cab/shared/client';
import { removeAt, replaceAt } from './policy-document';

export type RequestTypeKind = 'none' | 'change' | 'emergency';

export const KIND_OPTIONS: readonly { value: RequestTypeKind; label: string }[] = [
  { value: 'none', label: 'Not a change request' },
  { value: 'change', label: 'Change request' },
  { value: 'emergency', label: 'Emergency change request' },
];

export interface SiteRequestType {
  id: string;
  name: string;
}

export function kindOfEntry(entry: PolicyChangeRequestType): 'change' | 'emergency' {
  return entry.emergency ? 'emergency' : 'change';
}

const sameName = (a: string, b: string): boolean => a.trim().toLowerCase() === b.trim().toLowerCase();

/** The first entry naming this request type by id, and the first catching it by name. */
export function matchesOf(
  types: readonly PolicyChangeRequestType[],
  requestType: SiteRequestType,
): { own: number | null; byName: number | null } {
  const own = types.findIndex((type) => type.requestTypeId === requestType.id);
  const byName = types.findIndex(
    (type) => type.requestTypeId === undefined && sameName(type.name, requestType.name),
  );
  return { own: own === -1 ? null : own, byName: byName === -1 ? null : byName };
}

export interface RowState {
  kind: RequestTypeKind;
  answersRequiredOnForm: boolean;
  /** The entry this row edits directly (its id entry), if any. */
  own: number | null;
  /** The name entry the request type counts through when it has no id entry. */
  inheritedFrom: number | null;
}

export function rowStateOf(
  types: readonly PolicyChangeRequestType[],
  requestType: SiteRequestType,
): RowState {
  const { own, byName } = matchesOf(types, requestType);
  const deciding = own ?? byName;
  const entry = deciding === null ? undefined : types[deciding];
  if (entry === undefined)
    return { kind: 'none', answersRequiredOnForm: false, own: null, inheritedFrom: null };
  return {
    kind: kindOfEntry(entry),
    answersRequiredOnForm: entry.answersRequiredOnForm,
    own,
    inheritedFrom: own === null ? byName : null,
  };
}

/**
 * Sets how a request type of the site counts. "Not a change request" removes its id entry; it cannot undo
 * a name entry that still catches it (the tab says so and disables that choice).
 */
export function withKind(
  types: readonly PolicyChangeRequestType[],
  requestType: SiteRequestType,
  kind: RequestTypeKind,
): PolicyChangeRequestType[] {
  const { own, byName } = matchesOf(types, requestType);
  const ownEntry = own === null ? undefined : types[own];
  if (own !== null && ownEntry !== undefined) {
    return kind === 'none'
      ? removeAt(types, own)
      : replaceAt(types, own, { ...ownEntry, emergency: kind === 'emergency' });
  }
  if (kind === 'none') return [...types];
  const inherited = byName === null ? undefined : types[byName];
  return [
    ...types,
    {
      name: requestType.name,
      requestTypeId: requestType.id,
      emergency: kind === 'emergency',
      answersRequiredOnForm: inherited?.answersRequiredOnForm ?? false,
    },
  ];
}

/** Sets "CAB answers required on the form" for a request type of the site that counts as a change request. */
export function withAnswersRequired(
  types: readonly PolicyChangeRequestType[],
  requestType: SiteRequestType,
  required: boolean,
): PolicyChangeRequestType[] {
  const { own, byName } = matchesOf(types, requestType);
  const ownEntry = own === null ? undefined : types[own];
  if (own !== null && ownEntry !== undefined) {
    return replaceAt(types, own, { ...ownEntry, answersRequiredOnForm: required });
  }
  const inherited = byName === null ? undefined : types[byName];
  if (inherited === undefined) return [...types];
  // Only this request type changes: it gets its own entry, counting as the name entry says.
  return [
    ...types,
    {
      name: requestType.name,
      requestTypeId: requestType.id,
      emergency: inherited.emergency,
      answersRequiredOnForm: required,
    },
  ];
}

/**
 * Entries the site's list does not show: name entries, id entries for request types the site does not have
 * (or every id entry while the list is unknown), and repeats of an id. Every entry is shown exactly once,
 * so a field error on any entry has a control to sit next to.
 */
export function otherEntryIndexes(
  types: readonly PolicyChangeRequestType[],
  siteRequestTypeIds: ReadonlySet<string> | null,
): number[] {
  return types.flatMap((type, index) => {
    const id = type.requestTypeId;
    if (id === undefined || siteRequestTypeIds === null || !siteRequestTypeIds.has(id)) return [index];
    const first = types.findIndex((other) => other.requestTypeId === id);
    return first === index ? [] : [index];
  });
}

/** How an entry outside the site's list reads, e.g. "Any request type named “Change”". */
export function describeEntry(
  entry: PolicyChangeRequestType,
  siteRequestTypeIds: ReadonlySet<string> | null,
): string {
  const id = entry.requestTypeId;
  if (id === undefined) return `Any request type named “${entry.name.trim()}”`;
  const name = entry.name.trim() === '' ? 'A request type' : `“${entry.name.trim()}”`;
  if (siteRequestTypeIds === null) return `${name} (request type ${id})`;
  if (siteRequestTypeIds.has(id)) return `${name} (request type ${id}, listed again)`;
  return `${name} (request type ${id}, not on this site any more)`;
}
