/**
 * The local host's clock. Every part of the host (JSM stand-in timestamps, KVS TTLs, the scheduler,
 * webhook de-duplication) reads time from one instance so that tests can fast-forward it.
 * Real time keeps flowing; `advance` adds an offset on top of it.
 */
import { RealDate } from './shifted-date';

export interface LocalClock {
  now(): Date;
  /** How far the clock is ahead of real time, in milliseconds. */
  offsetMs(): number;
  /** Moves the clock forward; listeners (the scheduler) run for the skipped interval. */
  advance(minutes: number): Promise<void>;
  onAdvance(listener: (from: Date, to: Date) => Promise<void> | void): () => void;
}

export function createLocalClock(start?: Date): LocalClock {
  // Real time, even when the global Date follows this clock (shifted-date.ts).
  const realNow = () => RealDate.now();
  const base = start ? start.getTime() - realNow() : 0;
  let offsetMs = base;
  const listeners = new Set<(from: Date, to: Date) => Promise<void> | void>();
  return {
    now: () => new RealDate(realNow() + offsetMs),
    offsetMs: () => offsetMs,
    async advance(minutes: number) {
      if (!Number.isFinite(minutes) || minutes < 0) {
        throw new RangeError(
          `The clock can only move forward by a finite number of minutes (got ${String(minutes)}).`,
        );
      }
      const from = new RealDate(realNow() + offsetMs);
      offsetMs += minutes * 60_000;
      const to = new RealDate(realNow() + offsetMs);
      for (const listener of [...listeners]) await listener(from, to);
    },
    onAdvance(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
