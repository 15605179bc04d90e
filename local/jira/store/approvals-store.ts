import type BetterSqlite3 from 'better-sqlite3';
import { z } from 'zod';

const DecisionSchema = z.enum(['pending', 'approved', 'declined']);
const ApprovalRowSchema = z.object({
  id: z.number(),
  issue_id: z.number(),
  status_id: z.string(),
  name: z.string(),
  condition_type: z.string(),
  condition_value: z.number(),
  group_ids_json: z.string(),
  final_decision: DecisionSchema,
  active: z.number(),
  created_ms: z.number(),
  completed_ms: z.number().nullable(),
});
const ApproverRowSchema = z.object({
  account_id: z.string(),
  group_ids_json: z.string(),
  decision: DecisionSchema,
  decided_ms: z.number().nullable(),
});

export type Decision = z.infer<typeof DecisionSchema>;
export interface ApproverRecord {
  accountId: string;
  /** The Approver groups this person was drawn from; a decision counts for each of them. */
  groupIds: string[];
  decision: Decision;
  decidedMs: number | null;
}
/** One JSM approval: created when the issue enters an approval status, inactive once it leaves it. */
export interface ApprovalRecord {
  id: number;
  issueId: number;
  statusId: string;
  name: string;
  conditionType: string;
  conditionValue: number;
  groupIds: string[];
  finalDecision: Decision;
  active: boolean;
  createdMs: number;
  completedMs: number | null;
  approvers: ApproverRecord[];
}

const StringArray = z.array(z.string());

export function createApprovalsStore(db: BetterSqlite3.Database) {
  function approvers(approvalId: number): ApproverRecord[] {
    return db
      .prepare('SELECT * FROM jira_approvers WHERE approval_id = ? ORDER BY rowid')
      .all(approvalId)
      .map((row) => {
        const r = ApproverRowSchema.parse(row);
        return {
          accountId: r.account_id,
          groupIds: StringArray.parse(JSON.parse(r.group_ids_json)),
          decision: r.decision,
          decidedMs: r.decided_ms,
        };
      });
  }
  function toApproval(row: unknown): ApprovalRecord {
    const r = ApprovalRowSchema.parse(row);
    return {
      id: r.id,
      issueId: r.issue_id,
      statusId: r.status_id,
      name: r.name,
      conditionType: r.condition_type,
      conditionValue: r.condition_value,
      groupIds: StringArray.parse(JSON.parse(r.group_ids_json)),
      finalDecision: r.final_decision,
      active: r.active === 1,
      createdMs: r.created_ms,
      completedMs: r.completed_ms,
      approvers: approvers(r.id),
    };
  }
  return {
    create(approval: Omit<ApprovalRecord, 'id' | 'finalDecision' | 'active' | 'completedMs'>): number {
      const result = db
        .prepare(
          `INSERT INTO jira_approvals (issue_id, status_id, name, condition_type, condition_value, group_ids_json,
           final_decision, active, created_ms) VALUES (?, ?, ?, ?, ?, ?, 'pending', 1, ?)`,
        )
        .run(
          approval.issueId,
          approval.statusId,
          approval.name,
          approval.conditionType,
          approval.conditionValue,
          JSON.stringify(approval.groupIds),
          approval.createdMs,
        );
      const id = Number(result.lastInsertRowid);
      const insert = db.prepare(
        `INSERT INTO jira_approvers (approval_id, account_id, group_ids_json, decision) VALUES (?, ?, ?, 'pending')`,
      );
      for (const approver of approval.approvers)
        insert.run(id, approver.accountId, JSON.stringify(approver.groupIds));
      return id;
    },
    find(issueId: number, approvalId: number): ApprovalRecord | undefined {
      const row: unknown = db
        .prepare('SELECT * FROM jira_approvals WHERE issue_id = ? AND id = ?')
        .get(issueId, approvalId);
      return row === undefined ? undefined : toApproval(row);
    },
    forIssue(issueId: number): ApprovalRecord[] {
      return db
        .prepare('SELECT * FROM jira_approvals WHERE issue_id = ? ORDER BY id')
        .all(issueId)
        .map(toApproval);
    },
    recordDecision(approvalId: number, accountId: string, decision: Decision, decidedMs: number): void {
      db.prepare(
        'UPDATE jira_approvers SET decision = ?, decided_ms = ? WHERE approval_id = ? AND account_id = ?',
      ).run(decision, decidedMs, approvalId, accountId);
    },
    complete(approvalId: number, finalDecision: Decision, completedMs: number): void {
      db.prepare('UPDATE jira_approvals SET final_decision = ?, completed_ms = ? WHERE id = ?').run(
        finalDecision,
        completedMs,
        approvalId,
      );
    },
    /** The issue ids of active, undecided approvals on which this person has not answered yet. */
    issueIdsPendingFor(accountId: string): number[] {
      return db
        .prepare(
          `SELECT DISTINCT a.issue_id AS issue_id FROM jira_approvals a JOIN jira_approvers p ON p.approval_id = a.id
           WHERE p.account_id = ? AND p.decision = 'pending' AND a.active = 1 AND a.final_decision = 'pending'
           ORDER BY a.issue_id`,
        )
        .all(accountId)
        .map((row) => z.object({ issue_id: z.number() }).parse(row).issue_id);
    },
    deactivateForIssue(issueId: number): void {
      db.prepare('UPDATE jira_approvals SET active = 0 WHERE issue_id = ? AND active = 1').run(issueId);
    },
  };
}
export type ApprovalsStore = ReturnType<typeof createApprovalsStore>;
