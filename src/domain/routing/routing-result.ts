import { type ChangeType } from '../change-request/change-request-fields';

/** Blocking problems: each one means someone who should approve might not be asked. */
export type RoutingProblemCode =
  'unknown-system' | 'system-without-groups' | 'no-approver-groups' | 'unknown-group' | 'no-emergency-roles';

export interface RoutingProblem {
  readonly code: RoutingProblemCode;
  readonly message: string;
  /** The system key or group id the problem is about. */
  readonly subject?: string;
}

export interface MatchedRiskTier {
  readonly key: string;
  readonly name: string;
  /** Why the tier's condition held, in words (e.g. "the change is not tested"). */
  readonly because: string;
}

export interface RoutedGroup {
  readonly groupId: string;
  readonly name: string;
  readonly approvalsNeeded: number;
  /** Zone of the calendar that gave this group its deadline. */
  readonly timeZone: string;
  readonly deadline: string;
  readonly reminderTimes: readonly string[];
  /** Every rule that brought the group in: 'system:payments-api', 'risk-tier:untested', 'emergency-roles'. */
  readonly addedBy: readonly string[];
}

export type ResponseClock =
  | { readonly kind: 'business'; readonly hours: number }
  | { readonly kind: 'wallClock'; readonly minutes: number };

export interface RoutingReason {
  /** The rule that decided, e.g. 'change-type:normal', 'system:identity', 'risk-tier:critical-impact'. */
  readonly rule: string;
  readonly outcome: string;
}

/** Explains itself like palantir/policy-bot's result: what was decided, and which rule decided it. */
export interface RoutingResult {
  readonly status: 'routed' | 'needs-attention';
  readonly changeType: ChangeType;
  readonly riskTier: { readonly matched: readonly MatchedRiskTier[] };
  readonly groups: readonly RoutedGroup[];
  /** JSM applies ONE number to every group (numberPerPrincipal, docs/platform-assumptions.md). */
  readonly jsmCondition: { readonly type: 'numberPerPrincipal'; readonly value: number };
  readonly clock: ResponseClock;
  /** The latest group deadline; `now` when no group is asked. */
  readonly deadline: string;
  readonly escalation: { readonly groupId: string; readonly name: string };
  readonly silenceIsConsent: null | { readonly objectionDeadline: string; readonly announcedAt: string };
  readonly retrospective: null | { readonly deadlineHours: number };
  readonly reasons: readonly RoutingReason[];
  readonly problems: readonly RoutingProblem[];
}
