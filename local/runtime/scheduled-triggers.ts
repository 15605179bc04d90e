import type { Invoke } from './invoker';
import type { ForgeAppModel, ScheduledModule } from './manifest-model';

const PERIOD_MS: Record<ScheduledModule['interval'], number> = {
  fiveMinute: 5 * 60_000,
  hour: 60 * 60_000,
  day: 24 * 60 * 60_000,
  week: 7 * 24 * 60 * 60_000,
};
// Weeks start on Monday 00:00 UTC; the Unix epoch was a Thursday, four days later than a Monday boundary.
const OFFSET_MS: Record<ScheduledModule['interval'], number> = {
  fiveMinute: 0,
  hour: 0,
  day: 0,
  week: 4 * 24 * 60 * 60_000,
};
/**
 * A week-long clock jump must not fire a five-minute trigger 2016 times; Forge would not catch up either
 * (it does not retry or backfill scheduled runs). Each trigger fires at most this often per tick.
 */
export const MAX_FIRINGS_PER_TICK = 12;
const DEFAULT_TIMEOUT_SECONDS = 55;

export interface ScheduledDeps {
  model: ForgeAppModel;
  invoke: Invoke;
  cloudId: string;
  installContext: string;
  log(line: string): void;
}

function boundariesBetween(interval: ScheduledModule['interval'], fromMs: number, toMs: number): number {
  const period = PERIOD_MS[interval];
  const offset = OFFSET_MS[interval];
  const crossed = Math.floor((toMs - offset) / period) - Math.floor((fromMs - offset) / period);
  return Math.max(0, Math.min(MAX_FIRINGS_PER_TICK, crossed));
}

/**
 * Fires `scheduledTrigger` modules once per interval boundary crossed since the last tick, on the
 * LocalClock. Payload per docs/platform-assumptions.md: `({ context: { cloudId, moduleKey }, contextToken },
 * { installContext, principal: undefined })`; errors are logged, never retried (as on Forge).
 */
export class ScheduledTriggers {
  private lastTickMs: number;

  constructor(
    private readonly deps: ScheduledDeps,
    start: Date,
  ) {
    this.lastTickMs = start.getTime();
  }

  /** Returns the number of invocations made. */
  async tick(now: Date): Promise<number> {
    const from = this.lastTickMs;
    const to = now.getTime();
    if (to <= from) return 0;
    // Advance first so an overlapping tick (pump and clock advance) never fires the same boundary twice.
    this.lastTickMs = to;
    let fired = 0;
    for (const trigger of this.deps.model.scheduled) {
      const times = boundariesBetween(trigger.interval, from, to);
      for (let i = 0; i < times; i += 1) {
        fired += 1;
        await this.fire(trigger);
      }
    }
    return fired;
  }

  private async fire(trigger: ScheduledModule): Promise<void> {
    const fn = this.deps.model.functions.get(trigger.functionKey);
    try {
      await this.deps.invoke(
        {
          moduleKey: trigger.moduleKey,
          moduleType: 'scheduledTrigger',
          functionKey: trigger.functionKey,
          accountId: undefined,
          limitSeconds: fn?.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS,
        },
        {
          context: { cloudId: this.deps.cloudId, moduleKey: trigger.moduleKey },
          contextToken: 'local-context-token',
        },
        { installContext: this.deps.installContext, principal: undefined },
      );
    } catch (error) {
      this.deps.log(
        `[forge] scheduled trigger "${trigger.moduleKey}" failed (not retried): ${String(error)}`,
      );
    }
  }
}
