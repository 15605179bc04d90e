import type { CheckContext } from '../context/check-context';

/**
 * One behaviour of Jira/JSM the app relies on, observed from outside. `id` is the value of the
 * "conformance check" column of its row(s) in docs/platform-assumptions.md.
 */
export interface Check {
  readonly id: string;
  readonly title: string;
  run(ctx: CheckContext): Promise<CheckOutcome>;
}

export type CheckOutcome =
  | { status: 'pass'; notes: string[] }
  | { status: 'fail'; seen: string; notes: string[] }
  | { status: 'skipped'; why: string; notes: string[] };

export const pass = (...notes: string[]): CheckOutcome => ({ status: 'pass', notes });
export const fail = (seen: string, ...notes: string[]): CheckOutcome => ({ status: 'fail', seen, notes });
export const skip = (why: string, ...notes: string[]): CheckOutcome => ({ status: 'skipped', why, notes });

/**
 * Thrown when something a check needs is missing (another check's fixture failed, an option was not given):
 * the check is skipped with this message. The check that owns the fixture reports the failure itself.
 */
export class Prerequisite extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Prerequisite';
  }
}

/** Thrown inside a check to stop at the first thing that is not as documented. */
export class Mismatch extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Mismatch';
  }
}

/** Runs one check; a Prerequisite becomes skipped, a Mismatch or any other error becomes FAIL. */
export async function runCheck(check: Check, ctx: CheckContext): Promise<CheckOutcome> {
  try {
    return await check.run(ctx);
  } catch (error) {
    if (error instanceof Prerequisite) return skip(error.message);
    if (error instanceof Mismatch) return fail(error.message);
    return fail(error instanceof Error ? error.message : String(error));
  }
}
