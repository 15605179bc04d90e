import type BetterSqlite3 from 'better-sqlite3';
import type { LocalClock } from '../core/clock';
import type { ForgeProductEvent } from './events/forge-product-event';
import type { FieldCatalog } from './fields/field-catalog';
import { createApprovalsStore } from './store/approvals-store';
import { createCommentsStore } from './store/comments-store';
import { createIssuePropertiesStore } from './store/issue-properties-store';
import { createIssuesStore } from './store/issues-store';
import { createOutboxStore } from './store/outbox-store';
import { createProjectsStore } from './store/projects-store';
import { createUsersStore } from './store/users-store';

/** The Forge app's own bot user (docs/demo-site.md). */
export const APP_ACCOUNT_ID = '557058:a5ca0000-0000-4000-8000-00000000a001';

/** Everything a route needs: stores over the host's database, the clock, the site URL and the event sink. */
export interface JiraSite {
  db: BetterSqlite3.Database;
  clock: LocalClock;
  baseUrl: string;
  fields: FieldCatalog;
  emit: (event: ForgeProductEvent) => void;
  users: ReturnType<typeof createUsersStore>;
  projects: ReturnType<typeof createProjectsStore>;
  issues: ReturnType<typeof createIssuesStore>;
  properties: ReturnType<typeof createIssuePropertiesStore>;
  comments: ReturnType<typeof createCommentsStore>;
  approvals: ReturnType<typeof createApprovalsStore>;
  outbox: ReturnType<typeof createOutboxStore>;
  /**
   * The demo workflow as a site admin configured it: whether the app-only transitions (approve by silence,
   * implement now) carry their restricting condition. A test switches it off to play a site that forgot.
   */
  workflow: { appOnlyTransitionsRestricted: boolean };
}

export function createJiraSite(
  db: BetterSqlite3.Database,
  clock: LocalClock,
  baseUrl: string,
  fields: FieldCatalog,
  emit: (event: ForgeProductEvent) => void,
): JiraSite {
  return {
    db,
    clock,
    baseUrl: baseUrl.replace(/\/+$/, ''),
    fields,
    emit,
    users: createUsersStore(db),
    projects: createProjectsStore(db),
    issues: createIssuesStore(db),
    properties: createIssuePropertiesStore(db),
    comments: createCommentsStore(db),
    approvals: createApprovalsStore(db),
    outbox: createOutboxStore(db),
    workflow: { appOnlyTransitionsRestricted: true },
  };
}
