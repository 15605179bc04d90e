/**
 * When a change request waiting for approval next needs the deadline sweep (docs/architecture.md, flow 6; README,
 * "Response clocks, reminders, escalation and silence as consent"): the earliest of its groups' reminder
 * times not handled yet, its groups' deadlines while it is not escalated, and the silence-as-consent
 * objection deadline while it is eligible. A moment stops counting once the sweep has handled it (its key
 * in the sweep state's `handled`), so a CR with nothing left to do is never due again. Pure: the ledger
 * indexes the answer (manifest `cr-ledger`, `by-next-due`) and the five-minute sweep reads only what is due.
 */
import { type RoutedGroup, type RoutingResult } from './routing-result';

export interface DueFacts {
  /** True while the CR waits in JSM's approval and no decision is recorded. */
  readonly awaitingDecision: boolean;
  /** The CR was escalated as overdue (once per CR), so no deadline is due any more. */
  readonly escalated: boolean;
  readonly routing: {
    readonly groups: readonly Pick<RoutedGroup, 'groupId' | 'deadline' | 'reminderTimes'>[];
    readonly silenceIsConsent: RoutingResult['silenceIsConsent'];
  } | null;
}

/** The sweep's bookkeeping this needs: the moments already acted on, by key (see the *MomentKey helpers). */
export interface HandledMoments {
  readonly handled: readonly string[];
}

export type DueKind = 'reminder' | 'deadline' | 'silence';

export interface DueMoment {
  readonly kind: DueKind;
  /** What the sweep writes to `handled` once it has acted on this moment. */
  readonly key: string;
  /** Epoch milliseconds. */
  readonly at: number;
}

/** `<groupId>@<ISO instant>`: the form the sweep state has always used for reminder times. */
export const reminderMomentKey = (groupId: string, at: string): string => `${groupId}@${at}`;
export const deadlineMomentKey = (groupId: string, at: string): string => `deadline:${groupId}@${at}`;
export const silenceMomentKey = (at: string): string => `silence@${at}`;

/** Every moment of the CR the sweep has not handled yet, earliest first; none once it is decided. */
export function pendingDueMoments(facts: DueFacts, state: HandledMoments): DueMoment[] {
  const routing = facts.routing;
  if (!facts.awaitingDecision || routing === null) return [];
  const handled = new Set(state.handled);
  const moments: DueMoment[] = [];
  const add = (kind: DueKind, key: string, iso: string) => {
    const at = Date.parse(iso);
    if (!handled.has(key) && Number.isFinite(at)) moments.push({ kind, key, at });
  };
  for (const group of routing.groups) {
    for (const time of group.reminderTimes) add('reminder', reminderMomentKey(group.groupId, time), time);
    if (!facts.escalated) add('deadline', deadlineMomentKey(group.groupId, group.deadline), group.deadline);
  }
  const silence = routing.silenceIsConsent;
  if (silence !== null) {
    add('silence', silenceMomentKey(silence.objectionDeadline), silence.objectionDeadline);
  }
  return moments.sort((a, b) => a.at - b.at || a.key.localeCompare(b.key));
}

/** Epoch ms of the CR's next due moment, or null when nothing will ever be due (decided, or all handled). */
export function nextDueAt(facts: DueFacts, state: HandledMoments): number | null {
  return pendingDueMoments(facts, state)[0]?.at ?? null;
}
