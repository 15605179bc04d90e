import type { LocalClock } from '../core/clock';
import type { DueTaskList } from './due-tasks';
import { ForgeInvocationError } from './forge-invocation-error';
import { asRetryRequest } from './invocation-error-result';
import type { Invoke } from './invoker';
import type { ForgeAppModel, TriggerModule } from './manifest-model';

/** Product events: ≤ 4 retries via InvocationError, 25 s per invocation, 5 MB payload (docs/platform-assumptions.md). */
const MAX_RETRIES = 4;
const TRIGGER_LIMIT_SECONDS = 25;
const MAX_EVENT_BYTES = 5 * 1024 * 1024;

/**
 * An `avi:jira:*` event as the stand-in emits it. `atlassianId` is the account that caused it; when it is
 * the app's own account the event is `selfGenerated` and `filter.ignoreSelf` triggers skip it.
 */
export interface ProductEvent {
  eventType: string;
  atlassianId?: string;
  [field: string]: unknown;
}

export type TriggerOutcome = 'delivered' | 'ignored-self' | 'retry-scheduled' | 'failed';

export interface TriggerDelivery {
  moduleKey: string;
  outcome: TriggerOutcome;
  error?: string;
}

export interface ProductEventDeps {
  model: ForgeAppModel;
  clock: LocalClock;
  tasks: DueTaskList;
  invoke: Invoke;
  installContext: string;
  appAccountId: string;
  log(line: string): void;
}

async function attempt(
  deps: ProductEventDeps,
  trigger: TriggerModule,
  event: Record<string, unknown>,
  retryCount: number,
): Promise<TriggerDelivery> {
  try {
    const result = await deps.invoke(
      {
        moduleKey: trigger.moduleKey,
        moduleType: 'trigger',
        functionKey: trigger.functionKey,
        // Product events have no user session: asUser() fails there, as on Forge.
        accountId: undefined,
        limitSeconds: TRIGGER_LIMIT_SECONDS,
      },
      event,
      { installContext: deps.installContext },
    );
    const retry = asRetryRequest(result);
    if (!retry) return { moduleKey: trigger.moduleKey, outcome: 'delivered' };
    if (retryCount >= MAX_RETRIES) {
      deps.log(
        `[forge] trigger "${trigger.moduleKey}" asked for a retry after ${MAX_RETRIES} retries; dropped`,
      );
      return { moduleKey: trigger.moduleKey, outcome: 'failed', error: 'retry limit reached' };
    }
    const retried = {
      ...event,
      retryContext: {
        retryCount: retryCount + 1,
        retryReason: retry.retryReason,
        retryData: retry.retryData,
      },
    };
    deps.tasks.add({
      dueAt: deps.clock.now().getTime() + retry.retryAfterSeconds * 1000,
      label: `retry ${String(event['eventType'])} → ${trigger.moduleKey}`,
      run: async () => {
        await attempt(deps, trigger, retried, retryCount + 1);
      },
    });
    return { moduleKey: trigger.moduleKey, outcome: 'retry-scheduled' };
  } catch (error) {
    // Only a returned InvocationError is retried for product events; a thrown error is logged and dropped.
    return { moduleKey: trigger.moduleKey, outcome: 'failed', error: String(error) };
  }
}

/** Delivers one event to every `trigger` module subscribed to its type; resolves after the first attempts. */
export async function emitProductEvent(
  deps: ProductEventDeps,
  event: ProductEvent,
): Promise<TriggerDelivery[]> {
  const bytes = Buffer.byteLength(JSON.stringify(event));
  if (bytes > MAX_EVENT_BYTES) {
    throw new ForgeInvocationError(
      'PAYLOAD_TOO_LARGE',
      `Event of ${bytes} bytes exceeds Forge's 5 MB payload limit.`,
    );
  }
  const selfGenerated = event.atlassianId !== undefined && event.atlassianId === deps.appAccountId;
  const delivered: Record<string, unknown> = { selfGenerated, ...event };
  const subscribed = deps.model.triggers.filter((t) => t.events.includes(event.eventType));
  return Promise.all(
    subscribed.map(async (trigger): Promise<TriggerDelivery> => {
      if (trigger.ignoreSelf && selfGenerated)
        return { moduleKey: trigger.moduleKey, outcome: 'ignored-self' };
      return attempt(deps, trigger, delivered, 0);
    }),
  );
}
