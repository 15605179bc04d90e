/**
 * Puts the server's field errors (dotted paths such as `systems.2.approverGroupIds.0`, error-codes.ts)
 * next to the control that edits that part of the policy. A path no control owns (e.g. a duplicate in
 * approverGroups, which the page maintains itself) goes to the list at the top of the page.
 */
import type { FieldError } from '@async-cab/shared/client';

/**
 * Each control's path; `#` stands for an array index, `*` for a record key (a GitHub login). Longer templates
 * win (most specific control).
 */
const CONTROL_TEMPLATES: readonly string[] = [
  'systems.#.key',
  'systems.#.name',
  'systems.#.approverGroupIds',
  'systems.#.repositories',
  'systems.#.timeZone',
  'systems.#.criticality',
  'systems.#.workingHours.days',
  'systems.#.workingHours.start',
  'systems.#.workingHours.end',
  ...['standard', 'normal'].flatMap((type) =>
    [
      'approvalsPerGroup',
      'responseTime.hours',
      'reminders.atFractions',
      'reminders.minimumGapHours',
      'escalation.groupId',
      'silenceIsConsent.afterBusinessHours',
      'silenceIsConsent.maxRisk',
    ].map((field) => `changeTypes.${type}.${field}`),
  ),
  ...[
    'approverGroupIds',
    'approvalsPerGroup',
    'responseTime.minutes',
    'reminders.atFractions',
    'reminders.minimumGapHours',
    'escalation.groupId',
    'retrospective.deadlineHours',
    'postImplementationReview.checklist',
    'silenceIsConsent',
  ].map((field) => `changeTypes.emergency.${field}`),
  'riskTiers.#.key',
  'riskTiers.#.name',
  'riskTiers.#.when',
  'riskTiers.#.addApproverGroupIds',
  'riskTiers.#.approvalsPerGroup',
  'riskTiers.#.responseTimeHours',
  'riskTiers.#.silenceIsConsent',
  // The list as a whole (e.g. too many entries), and each entry's "counts as" choice, which stands for the
  // entry: its name, request type id and emergency flag are all decided by that one control.
  'changeRequestTypes',
  'changeRequestTypes.#',
  'changeRequestTypes.#.answersRequiredOnForm',
  'policyEditors.groupIds',
  'repositories.githubLogins.*',
  'freezeWindows',
  ...['name', 'start', 'end', 'systems', 'kind'].map((field) => `freezeWindows.#.${field}`),
];

const segmentMatches = (template: string, segment: string): boolean =>
  template === '#' ? /^\d+$/.test(segment) : template === '*' || template === segment;

/** The path of the control that shows an error at `field`, or null when no control owns it. */
export function controlPathOf(field: string): string | null {
  // A resolver may report paths of its payload (`policy.systems.0.key`) or of the policy itself.
  const segments = field.replace(/^policy\./, '').split('.');
  let best: string[] | null = null;
  for (const template of CONTROL_TEMPLATES) {
    const parts = template.split('.');
    if (parts.length > segments.length) continue;
    if (!parts.every((part, i) => segmentMatches(part, segments[i] ?? ''))) continue;
    if (best === null || parts.length > best.length) best = parts;
  }
  return best === null ? null : segments.slice(0, best.length).join('.');
}

/** A DOM id for the control at a path: `systems.2.name` -> `field-systems-2-name`. */
export function controlId(path: string): string {
  return `field-${path.replace(/\./g, '-')}`;
}

export interface IndexedFieldErrors {
  /** Control path -> the messages to show next to it, in the server's order. */
  byControl: ReadonlyMap<string, readonly string[]>;
  /** Errors no control owns: listed at the top of the page. */
  unmapped: readonly FieldError[];
  /** The first control with an error, where focus goes after a failed save. */
  first: string | null;
}

export function indexFieldErrors(errors: readonly FieldError[]): IndexedFieldErrors {
  const byControl = new Map<string, string[]>();
  const unmapped: FieldError[] = [];
  let first: string | null = null;
  for (const error of errors) {
    const path = controlPathOf(error.field);
    if (path === null) {
      unmapped.push(error);
      continue;
    }
    first ??= path;
    byControl.set(path, [...(byControl.get(path) ?? []), error.message]);
  }
  return { byControl, unmapped, first };
}

export type EditorTab = 'systems' | 'clocks' | 'requestTypes' | 'access' | 'freezes';

/** The tab and, for a system, which one must be open so the control at `path` is on screen. */
export function locateControl(path: string): { tab: EditorTab; systemIndex: number | null } {
  const [root, index] = path.split('.');
  if (root === 'systems') return { tab: 'systems', systemIndex: Number(index) };
  if (root === 'changeRequestTypes') return { tab: 'requestTypes', systemIndex: null };
  if (root === 'policyEditors' || root === 'repositories') return { tab: 'access', systemIndex: null };
  if (root === 'freezeWindows') return { tab: 'freezes', systemIndex: null };
  return { tab: 'clocks', systemIndex: null };
}
