/**
 * What the resolvers return to the Custom UI: view models shaped for display, not domain objects, so the
 * UI bundles never import backend code (the layer rule forbids it).
 */
import type { FieldError } from './error-codes';

export interface PersonView {
  accountId: string;
  displayName: string;
}

export interface ApprovalGroupView {
  groupId: string;
  name: string;
  needed: number;
  approvedBy: PersonView[];
  declinedBy: PersonView[];
  pending: PersonView[];
  /** e.g. "1 of 2 approvals". */
  label: string;
  satisfied: boolean;
}

export interface ApprovalPanelView {
  issueKey: string;
  status: string;
  decision: 'pending' | 'approved' | 'declined';
  groups: ApprovalGroupView[];
  deadline: { at: string; businessMinutesLeft: number; overdue: boolean; timeZone: string } | null;
  evidence: {
    tested: boolean;
    evidenceUrl: string | null;
    rollbackPlan: string | null;
    consequenceOfNotReleasing: string | null;
    pullRequest: { url: string; title: string } | null;
  };
  viewer: { canAnswer: boolean; approvalId: string | null; reason: string };
  routingReasons: string[];
}

export interface PolicyView {
  policy: unknown;
  yaml: string;
  revision: number;
  canEdit: boolean;
}

export interface RoutingPreviewView {
  status: 'routed' | 'needs-attention';
  groups: { groupId: string; name: string; approvalsNeeded: number; deadline: string; addedBy: string[] }[];
  deadline: string;
  reasons: { rule: string; outcome: string }[];
  problems: { code: string; message: string }[];
}

export interface SetupCheckView {
  checks: { key: string; ok: boolean; message: string; fix: string | null }[];
}

export interface ValidationView {
  valid: boolean;
  fieldErrors: FieldError[];
}
