/**
 * What the view experience shows for a stored value, as plain data (rendered by field-value-display.tsx):
 * one place decides the words, the links and the empty and unreadable cases for every CAB field.
 */
import type { CabFieldKey, CabFieldOptionsView, CabFieldValueMap } from '@async-cab/shared/client';
import { readCabFieldValue } from '../../cab-answers/cab-field-value';
import { formatZonedWindow, type Viewer } from '../../ui-kit/format-zoned-time';
import { describeSystems, type SystemLine } from './describe-systems';
import { CHANGE_TYPE_WORDS, RISK_LOZENGE_CLASS, RISK_WORDS } from './field-words';
import { safeLinkHref } from './safe-link';

export type FieldDisplay =
  /** "Not answered yet", or for the app-written pull request field, that none is linked yet. */
  | { kind: 'empty'; text: string }
  /** Stored in a shape the app does not know: shown as stored (shortened), never as a blank. */
  | { kind: 'unreadable'; raw: string }
  | { kind: 'systems'; systems: SystemLine[] }
  | { kind: 'words'; text: string }
  | { kind: 'risk'; text: string; lozengeClass: string }
  | { kind: 'window'; text: string; plannedIn: string | null }
  | { kind: 'tested'; url: string; href: string | null }
  | { kind: 'not-tested'; reason: string }
  | { kind: 'text'; text: string }
  | {
      kind: 'pull-request';
      label: string;
      href: string | null;
      headSha: string;
      mergeSha: string | null;
    };

/** Enough of a stored value to recognise it; the whole of it belongs in the history. */
const UNREADABLE_MAX = 200;
/** Git's usual short SHA. */
const SHORT_SHA = 7;

function unreadable(raw: unknown): FieldDisplay {
  const json = JSON.stringify(raw);
  return {
    kind: 'unreadable',
    raw: json.length > UNREADABLE_MAX ? `${json.slice(0, UNREADABLE_MAX)}…` : json,
  };
}

function pullRequest(value: CabFieldValueMap['linkedPullRequest']): FieldDisplay {
  return {
    kind: 'pull-request',
    label: `${value.repository}#${String(value.number)}`,
    href: safeLinkHref(value.url),
    headSha: value.headSha.slice(0, SHORT_SHA),
    mergeSha: value.mergeSha === undefined ? null : value.mergeSha.slice(0, SHORT_SHA),
  };
}

export interface DescribeInput {
  field: CabFieldKey;
  raw: unknown;
  /** The policy's systems, or null while they are not known (then keys are shown). */
  systems: CabFieldOptionsView['systems'] | null;
  viewer: Viewer;
  now: Date;
}

export function describeFieldValue(input: DescribeInput): FieldDisplay {
  const read = readCabFieldValue(input.field, input.raw);
  if (read.kind === 'empty') {
    return {
      kind: 'empty',
      text: input.field === 'linkedPullRequest' ? 'No pull request linked yet' : 'Not answered yet',
    };
  }
  if (read.kind === 'unreadable') return unreadable(read.raw);
  const { entry } = read;
  switch (entry.field) {
    case 'affectedSystems':
      return { kind: 'systems', systems: describeSystems(entry.value, input.systems) };
    case 'changeType':
      return { kind: 'words', text: CHANGE_TYPE_WORDS[entry.value] };
    case 'risk':
      return { kind: 'risk', text: RISK_WORDS[entry.value], lozengeClass: RISK_LOZENGE_CLASS[entry.value] };
    case 'changeWindow':
      return { kind: 'window', ...formatZonedWindow(entry.value, input.viewer, input.now) };
    case 'testEvidence':
      return entry.value.tested
        ? { kind: 'tested', url: entry.value.evidenceUrl, href: safeLinkHref(entry.value.evidenceUrl) }
        : { kind: 'not-tested', reason: entry.value.reason };
    case 'consequence':
    case 'rollbackPlan':
      return { kind: 'text', text: entry.value.text };
    case 'linkedPullRequest':
      return pullRequest(entry.value);
  }
}
