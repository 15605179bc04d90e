/**
 * The Jira stand-in's fault switches (`POST /_local/faults`, local/jira/faults.ts) kept in the host's database, so
 * a fault switched on stays on across a restart, with what is left of its count, until it is cleared.
 */
import type BetterSqlite3 from 'better-sqlite3';
import { z } from 'zod';
import type { FaultState } from '../jira/faults';

const ReasonSchema = z.enum([
  'jira-quota-global-based',
  'jira-quota-tenant-based',
  'jira-burst-based',
  'jira-per-issue-on-write',
]);
const StatusSchema = z.union([z.literal(500), z.literal(503)]);

const FaultStateSchema = z.object({
  rateLimits: z.array(
    z.object({
      count: z.number().exactOptional(),
      pathPattern: z.string().exactOptional(),
      retryAfterSeconds: z.number().exactOptional(),
      reason: ReasonSchema.exactOptional(),
    }),
  ),
  serverErrors: z
    .object({
      remaining: z.number().exactOptional(),
      status: StatusSchema,
      pathPattern: z.string().exactOptional(),
    })
    .nullable(),
  latencyMs: z.number(),
  perIssueWriteLimit: z.boolean(),
  random: z
    .object({
      share: z.number(),
      statuses: z.array(z.union([z.literal(429), StatusSchema])),
      seed: z.number(),
      pathPattern: z.string().exactOptional(),
      retryAfterSeconds: z.number(),
    })
    .exactOptional(),
});

export interface FaultSettingsStore {
  /** The saved switches; undefined when none were saved or they no longer parse. */
  load(): FaultState | undefined;
  save(state: FaultState): void;
}

export function createFaultSettingsStore(db: BetterSqlite3.Database): FaultSettingsStore {
  db.exec(`CREATE TABLE IF NOT EXISTS host_fault_settings (id INTEGER PRIMARY KEY CHECK (id = 1),
    state_json TEXT NOT NULL)`);
  const select = db.prepare('SELECT state_json FROM host_fault_settings WHERE id = 1').pluck();
  const upsert = db.prepare(
    `INSERT INTO host_fault_settings (id, state_json) VALUES (1, ?)
     ON CONFLICT (id) DO UPDATE SET state_json = excluded.state_json`,
  );
  return {
    load() {
      const stored: unknown = select.get();
      if (typeof stored !== 'string') return undefined;
      const parsed = FaultStateSchema.safeParse(JSON.parse(stored));
      return parsed.success ? parsed.data : undefined;
    },
    save(state) {
      upsert.run(JSON.stringify(state));
    },
  };
}
