/**
 * The host clock's latest reading, kept in the host's database. Queue due times, KVS expiries and Jira timestamps
 * are all on the host clock (local/core/clock.ts), so a host started again on the same data resumes the clock at
 * the later of this mark and its `startAt` (or real time): it never runs back past what the data has seen. The
 * mark is written at start, on every advance and on close; after a crash the clock resumes at the last of those.
 */
import type BetterSqlite3 from 'better-sqlite3';
import { RealDate } from '../core/shifted-date';

export interface ClockMarkStore {
  read(): number | undefined;
  save(nowMs: number): void;
}

export function createClockMarkStore(db: BetterSqlite3.Database): ClockMarkStore {
  db.exec(
    'CREATE TABLE IF NOT EXISTS host_clock (id INTEGER PRIMARY KEY CHECK (id = 1), now_ms INTEGER NOT NULL)',
  );
  const select = db.prepare('SELECT now_ms FROM host_clock WHERE id = 1').pluck();
  const upsert = db.prepare(
    `INSERT INTO host_clock (id, now_ms) VALUES (1, ?)
     ON CONFLICT (id) DO UPDATE SET now_ms = max(now_ms, excluded.now_ms)`,
  );
  return {
    read() {
      const stored: unknown = select.get();
      return typeof stored === 'number' ? stored : undefined;
    },
    save(nowMs) {
      upsert.run(Math.round(nowMs));
    },
  };
}

/** Where the clock of a host starting on this data begins: `startAt` (default real time), never before the mark. */
export function clockStart(startAt: Date | undefined, markMs: number | undefined): Date | undefined {
  if (markMs === undefined) return startAt;
  const wanted = startAt?.getTime() ?? RealDate.now();
  return wanted >= markMs ? startAt : new RealDate(markMs);
}
