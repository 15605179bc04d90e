import type BetterSqlite3 from 'better-sqlite3';
import { z } from 'zod';

const ProjectRowSchema = z.object({
  id: z.string(),
  key: z.string(),
  name: z.string(),
  issue_type_id: z.string(),
  next_number: z.number(),
});
const ServiceDeskRowSchema = z.object({ id: z.string(), project_id: z.string() });
const RequestTypeFieldSchema = z.object({ fieldId: z.string(), required: z.boolean() });
const RequestTypeRowSchema = z.object({
  id: z.string(),
  service_desk_id: z.string(),
  name: z.string(),
  description: z.string(),
  help_text: z.string(),
  variant: z.enum(['normal', 'emergency']),
  fields_json: z.string(),
  practice: z.string().nullable(),
});

export interface ProjectRecord {
  id: string;
  key: string;
  name: string;
  issueTypeId: string;
}
export interface ServiceDeskRecord {
  id: string;
  projectId: string;
}
export interface RequestTypeField {
  fieldId: string;
  required: boolean;
}
/**
 * `variant` picks the approval step of the workflow (docs/architecture.md, flow 5: emergency has its own step). `practice` is
 * JSM's `RequestType.practice` ("The request type's practice", e.g. `change`); null when the type has none.
 */
export interface RequestTypeRecord {
  id: string;
  serviceDeskId: string;
  name: string;
  description: string;
  helpText: string;
  variant: 'normal' | 'emergency';
  practice: string | null;
  fields: RequestTypeField[];
}

function toProject(row: unknown): ProjectRecord {
  const r = ProjectRowSchema.parse(row);
  return { id: r.id, key: r.key, name: r.name, issueTypeId: r.issue_type_id };
}
function toRequestType(row: unknown): RequestTypeRecord {
  const r = RequestTypeRowSchema.parse(row);
  return {
    id: r.id,
    serviceDeskId: r.service_desk_id,
    name: r.name,
    description: r.description,
    helpText: r.help_text,
    variant: r.variant,
    practice: r.practice,
    fields: z.array(RequestTypeFieldSchema).parse(JSON.parse(r.fields_json)),
  };
}

/** Projects, their agent groups, service desks and request types. */
export function createProjectsStore(db: BetterSqlite3.Database) {
  return {
    upsertProject(project: ProjectRecord): void {
      db.prepare(
        `INSERT INTO jira_projects (id, key, name, issue_type_id) VALUES (?, ?, ?, ?)
         ON CONFLICT(id) DO UPDATE SET key = excluded.key, name = excluded.name,
         issue_type_id = excluded.issue_type_id`,
      ).run(project.id, project.key, project.name, project.issueTypeId);
    },
    addAgentGroup(projectId: string, groupId: string): void {
      db.prepare('INSERT OR IGNORE INTO jira_project_agent_groups (project_id, group_id) VALUES (?, ?)').run(
        projectId,
        groupId,
      );
    },
    agentGroupIds(projectId: string): string[] {
      return db
        .prepare('SELECT group_id FROM jira_project_agent_groups WHERE project_id = ?')
        .all(projectId)
        .map((row) => z.object({ group_id: z.string() }).parse(row).group_id);
    },
    upsertServiceDesk(desk: ServiceDeskRecord): void {
      db.prepare(
        `INSERT INTO jira_service_desks (id, project_id) VALUES (?, ?)
         ON CONFLICT(id) DO UPDATE SET project_id = excluded.project_id`,
      ).run(desk.id, desk.projectId);
    },
    upsertRequestType(type: RequestTypeRecord): void {
      db.prepare(
        `INSERT INTO jira_request_types (id, service_desk_id, name, description, help_text, variant, fields_json,
         practice) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET
         service_desk_id = excluded.service_desk_id, name = excluded.name, description = excluded.description,
         help_text = excluded.help_text, variant = excluded.variant, fields_json = excluded.fields_json,
         practice = excluded.practice`,
      ).run(
        type.id,
        type.serviceDeskId,
        type.name,
        type.description,
        type.helpText,
        type.variant,
        JSON.stringify(type.fields),
        type.practice,
      );
    },
    /** A portal-only customer the service desk lets raise requests on its portal. */
    addCustomer(serviceDeskId: string, accountId: string): void {
      db.prepare(
        'INSERT OR IGNORE INTO jira_service_desk_customers (service_desk_id, account_id) VALUES (?, ?)',
      ).run(serviceDeskId, accountId);
    },
    isCustomer(serviceDeskId: string, accountId: string): boolean {
      return (
        db
          .prepare('SELECT 1 FROM jira_service_desk_customers WHERE service_desk_id = ? AND account_id = ?')
          .get(serviceDeskId, accountId) !== undefined
      );
    },
    project(idOrKey: string): ProjectRecord | undefined {
      const row: unknown = db
        .prepare('SELECT * FROM jira_projects WHERE id = ? OR key = ?')
        .get(idOrKey, idOrKey);
      return row === undefined ? undefined : toProject(row);
    },
    allProjects(): ProjectRecord[] {
      return db.prepare('SELECT * FROM jira_projects ORDER BY key').all().map(toProject);
    },
    /** Allocates the next issue number of a project (CHG-1, CHG-2, ...). */
    nextIssueNumber(projectId: string): number {
      const row = ProjectRowSchema.parse(
        db.prepare('SELECT * FROM jira_projects WHERE id = ?').get(projectId),
      );
      db.prepare('UPDATE jira_projects SET next_number = next_number + 1 WHERE id = ?').run(projectId);
      return row.next_number;
    },
    serviceDesk(id: string): ServiceDeskRecord | undefined {
      const row: unknown = db.prepare('SELECT * FROM jira_service_desks WHERE id = ?').get(id);
      if (row === undefined) return undefined;
      const r = ServiceDeskRowSchema.parse(row);
      return { id: r.id, projectId: r.project_id };
    },
    serviceDeskOfProject(projectId: string): ServiceDeskRecord | undefined {
      const row: unknown = db.prepare('SELECT * FROM jira_service_desks WHERE project_id = ?').get(projectId);
      if (row === undefined) return undefined;
      const r = ServiceDeskRowSchema.parse(row);
      return { id: r.id, projectId: r.project_id };
    },
    allServiceDesks(): ServiceDeskRecord[] {
      return db
        .prepare('SELECT * FROM jira_service_desks ORDER BY CAST(id AS INTEGER)')
        .all()
        .map((row) => {
          const r = ServiceDeskRowSchema.parse(row);
          return { id: r.id, projectId: r.project_id };
        });
    },
    requestType(id: string): RequestTypeRecord | undefined {
      const row: unknown = db.prepare('SELECT * FROM jira_request_types WHERE id = ?').get(id);
      return row === undefined ? undefined : toRequestType(row);
    },
    requestTypes(serviceDeskId: string): RequestTypeRecord[] {
      return db
        .prepare('SELECT * FROM jira_request_types WHERE service_desk_id = ? ORDER BY CAST(id AS INTEGER)')
        .all(serviceDeskId)
        .map(toRequestType);
    },
  };
}
export type ProjectsStore = ReturnType<typeof createProjectsStore>;
