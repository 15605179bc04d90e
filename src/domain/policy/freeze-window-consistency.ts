import { type z } from 'zod';
import { type Policy } from './policy-schema';

type Ctx = z.core.$RefinementCtx<Policy>;

/** A freeze names systems of the policy, each once (zod checks one field at a time). */
export function checkFreezeWindows(policy: Policy, ctx: Ctx): void {
  const systemKeys = new Set(policy.systems.map((system) => system.key));
  policy.freezeWindows.forEach((freeze, index) => {
    const seen = new Set<string>();
    (freeze.systems ?? []).forEach((key, s) => {
      const path = ['freezeWindows', index, 'systems', s];
      if (seen.has(key)) {
        report(ctx, path, 'duplicate', `The system '${key}' is listed twice in the freeze '${freeze.name}'.`);
      } else if (!systemKeys.has(key)) {
        report(
          ctx,
          path,
          'unknown-system',
          `The freeze '${freeze.name}' names the system '${key}', which is not one of the policy's systems.`,
        );
      }
      seen.add(key);
    });
  });
}

function report(ctx: Ctx, path: (string | number)[], code: string, message: string): void {
  ctx.addIssue({ code: 'custom', path, params: { code }, input: undefined, message });
}
