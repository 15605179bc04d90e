/**
 * What the board's figures, calendar and audit export answer (resolver keys getFigures, getCalendar,
 * exportDecisions). Durations are milliseconds, shares 0..1 (null when nothing was decided), instants ISO
 * 8601 in UTC; the UI formats them for the viewer.
 */

export interface WeekSpanView {
  /** ISO week, e.g. '2026-W10'. */
  readonly week: string;
  /** Monday 00:00 UTC, and the next Monday. */
  readonly start: string;
  readonly end: string;
}

export interface PeriodView {
  readonly from: string;
  readonly to: string;
}

export interface DurationFigureView {
  /** How many change requests had such a duration (approval by silence has no first response). */
  readonly samples: number;
  readonly medianMs: number | null;
  readonly p90Ms: number | null;
}

export interface FigureSummaryView {
  readonly decided: number;
  readonly approved: number;
  readonly declined: number;
  readonly firstResponse: DurationFigureView;
  readonly decision: DurationFigureView;
  /** Decided by the response-time agreement's deadline. */
  readonly withinAgreementShare: number | null;
  readonly silenceShare: number | null;
  /** Escalated because a group's clock ran out: the overdue rate. */
  readonly escalatedShare: number | null;
  readonly emergencyShare: number | null;
  readonly breakGlass: number;
  readonly retrospective: { readonly decided: number; readonly withinDeadlineShare: number | null };
}

export interface DimensionFigureView {
  readonly key: string;
  readonly label: string;
  readonly summary: FigureSummaryView;
}

export type FiguresPrecisionView =
  /** Medians and percentiles are within `relativeError` of the exact value (src/domain/figures/duration-sketch.ts). */
  { readonly kind: 'sketch'; readonly relativeError: number } | { readonly kind: 'exact' };

export interface FiguresView {
  readonly period: PeriodView;
  /** The whole ISO weeks (UTC) counted: every week the period overlaps. */
  readonly weeks: readonly WeekSpanView[];
  readonly precision: FiguresPrecisionView;
  readonly total: FigureSummaryView;
  readonly byChangeType: readonly DimensionFigureView[];
  readonly byRisk: readonly DimensionFigureView[];
  readonly byGroup: readonly DimensionFigureView[];
  readonly byApprover: readonly DimensionFigureView[];
  readonly trend: readonly { readonly week: string; readonly summary: FigureSummaryView }[];
}

export interface CalendarChangeView {
  readonly issueKey: string;
  readonly summary: string;
  readonly changeType: 'standard' | 'normal' | 'emergency';
  readonly status: string;
  readonly start: string;
  readonly end: string;
  /** Clashes with another change on this system. */
  readonly conflicting: boolean;
  /** Planned in a hard freeze without being an emergency. */
  readonly frozen: boolean;
}

export interface CalendarFreezeView {
  readonly name: string;
  readonly kind: 'hard' | 'soft';
  readonly start: string;
  readonly end: string;
}

export interface CalendarRowView {
  readonly key: string;
  readonly name: string;
  /** False for a system a change names that the policy no longer has. */
  readonly known: boolean;
  /** One per week of `weeks`, in order. */
  readonly cells: readonly {
    readonly week: string;
    readonly changes: readonly CalendarChangeView[];
    readonly freezes: readonly CalendarFreezeView[];
  }[];
}

export interface CalendarConflictView {
  readonly system: string;
  readonly issueKeys: readonly [string, string];
  readonly start: string;
  readonly end: string;
}

export interface CalendarView {
  readonly period: PeriodView;
  readonly weeks: readonly WeekSpanView[];
  readonly systems: readonly CalendarRowView[];
  readonly conflicts: readonly CalendarConflictView[];
  /** Change requests routed before this instant are not shown (src/app/figures/get-calendar.ts). */
  readonly routedSince: string;
}

/** A freeze a planned window falls in (src/domain/calendar/freeze-hits.ts). */
export interface FreezeHitView {
  readonly name: string;
  readonly kind: 'hard' | 'soft';
  readonly start: string;
  readonly end: string;
  readonly systems: readonly string[] | 'all';
  readonly effect: 'blocked' | 'allowed-for-emergency' | 'warning';
}

/** What a form or panel shows about a planned window before anyone decides (src/domain/calendar/window-flags.ts). */
export interface WindowFlagsView {
  /** False for a form's window before its systems are chosen: freezes name the systems they cover. */
  readonly systemsKnown: boolean;
  readonly freeze: {
    readonly blocking: boolean;
    /** Systems by name. */
    readonly hits: readonly FreezeHitView[];
  } | null;
  readonly conflicts: readonly {
    readonly issueKey: string;
    readonly summary: string;
    /** By name. */
    readonly systems: readonly string[];
    readonly start: string;
    readonly end: string;
    readonly overlap: { readonly start: string; readonly end: string };
  }[];
}

export interface EvidencePacketView {
  readonly issueKey: string;
  readonly fileName: string;
  readonly text: string;
}

/**
 * One part of the audit export: CSV lines (the header only in the first part) and the evidence packets of
 * the same change requests. The UI asks again with `nextCursor` until it is null, and joins the parts.
 */
export interface DecisionExportPartView {
  readonly csv: string;
  readonly rows: number;
  readonly evidence: readonly EvidencePacketView[];
  readonly nextCursor: string | null;
  /** Suggested file name of the whole export, e.g. async-cab-decisions-2026-01-01-to-2026-03-31.csv. */
  readonly fileName: string;
}
