import type { ChangeType } from '../change-request/change-request-fields';
import type { DecidedBy } from '../lifecycle';
import type { SeverityLevel } from '../shared/severity-level';

/**
 * What the figures need to know about one decided change request, and nothing else: the domain's own
 * input, so the figures do not depend on how the app stores its ledger (src/app/figures maps a ledger
 * entry to it). Instants are ISO 8601 strings.
 */
export interface DecidedChangeFact {
  readonly issueKey: string;
  readonly routedAt: string;
  readonly decidedAt: string;
  readonly outcome: 'approved' | 'declined';
  readonly decidedBy: DecidedBy;
  readonly changeType: ChangeType;
  readonly risk: SeverityLevel;
  /** The response-time agreement: the latest deadline routing gave a group. */
  readonly deadline: string;
  /** The routed groups, each with its members' first answer (null: none of them answered). */
  readonly groups: readonly FactGroup[];
  /** Every approver's answer, one per person. */
  readonly answers: readonly FactAnswer[];
  /** A pending group's clock ran out and the escalation group was told. */
  readonly escalated: boolean;
  /** "Implement now" on an emergency: implemented before the ECAB answered. */
  readonly breakGlass: { readonly at: string; readonly retrospectiveDeadline: string } | null;
}

export interface FactGroup {
  readonly groupId: string;
  readonly name: string;
  readonly firstAnswerAt: string | null;
}

export interface FactAnswer {
  readonly accountId: string;
  readonly displayName: string;
  readonly at: string;
}

/** The first answer anyone gave; null when nobody answered (silence as consent). */
export function firstAnswerAt(fact: DecidedChangeFact): string | null {
  let first: string | null = null;
  for (const answer of fact.answers) {
    if (first === null || Date.parse(answer.at) < Date.parse(first)) first = answer.at;
  }
  return first;
}
