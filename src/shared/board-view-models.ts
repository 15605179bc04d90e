/**
 * What the Async CAB page (`jira:globalPage`) and its dashboard gadget show: the change requests waiting for
 * the viewer, and every open change request, shaped for display from the ledger (src/app/board).
 */
import type { DeadlineView } from './view-models';

/** Where an open change request stands, as the board words it. */
export type BoardState =
  | 'waiting-for-answers'
  | 'needs-attention'
  | 'awaiting-approval'
  /** Implemented before approval (break-glass): the emergency approvers still answer, retrospectively. */
  | 'break-glass'
  /** Approved, then new commits reached its pull request: what was approved is not what would ship. */
  | 'stale-approval';

/** The board's "Status" filter: a state, or the overdue ones (a pending group's clock ran out). */
export type BoardStatusFilter = BoardState | 'overdue';

export interface BoardGroupView {
  groupId: string;
  name: string;
  needed: number;
  approved: number;
  satisfied: boolean;
}

export interface BoardChangeView {
  issueKey: string;
  /** Null while the CAB answers are incomplete (the app keeps no summary until they are). */
  summary: string | null;
  state: BoardState;
  /** e.g. "Awaiting approval". */
  stateLabel: string;
  changeType: 'standard' | 'normal' | 'emergency' | null;
  /** e.g. "Normal change". */
  changeTypeLabel: string | null;
  risk: 'low' | 'medium' | 'high' | 'critical' | null;
  /** e.g. "Medium risk". */
  riskLabel: string | null;
  systems: { key: string; name: string }[];
  groups: BoardGroupView[];
  /** e.g. "1 of 2 groups approved"; null before routing. */
  groupsLabel: string | null;
  /** The first pending group's deadline (the retrospective deadline after break-glass). */
  deadline: DeadlineView | null;
  /** The ledger's overdue flag: the escalation group was told (the `async-cab` issue property says so too). */
  overdue: boolean;
  emergency: boolean;
  /** Short facts worth a lozenge: "Overdue", "Emergency", "Retrospective overdue", "Silence is consent". */
  flags: string[];
  /** The viewer raised it. */
  raisedByViewer: boolean;
  /** The requester's name as Jira gave it when the app first saw the change; null on older entries. */
  raisedBy: string | null;
  /** One line more where the state needs it: what is missing, why it needs attention, since when stale. */
  note: string | null;
}

/** What the viewer is asked to do about a change request. */
export type WaitingAsk = 'approve' | 'retrospective' | 'object';

export interface WaitingItemView extends BoardChangeView {
  ask: WaitingAsk;
  /** e.g. "Approve or decline as cab-payments". */
  askLabel: string;
  /** The deadline of the ask (the objection window's end for `object`), ISO; null when none. */
  dueAt: string | null;
}

export interface WaitingForMeView {
  items: WaitingItemView[];
  count: number;
  /** ISO instant the board was read. */
  readAt: string;
}

export interface OpenChangesFilters {
  system?: string;
  group?: string;
  changeType?: 'standard' | 'normal' | 'emergency';
  status?: BoardStatusFilter;
}

export interface OpenChangesView {
  items: BoardChangeView[];
  /** Open change requests the viewer may see, before the filters. */
  total: number;
  filters: OpenChangesFilters;
  options: {
    systems: { value: string; label: string }[];
    groups: { value: string; label: string }[];
    changeTypes: { value: 'standard' | 'normal' | 'emergency'; label: string }[];
    statuses: { value: BoardStatusFilter; label: string }[];
  };
  /** The JQL that finds the same change requests in Jira's issue search; null where none does. */
  jql: string | null;
  /** Why there is no JQL, or what it relies on. */
  jqlNote: string;
  /** More open change requests than one page view reads: the oldest ones are shown. */
  truncated: boolean;
  readAt: string;
}

export interface BoardGadgetView {
  /** The first five of Waiting for me. */
  waiting: WaitingItemView[];
  waitingCount: number;
  /** Overdue change requests the viewer may see (the team's: every approver group's). */
  overdueCount: number;
  overdueJql: string;
  readAt: string;
}
