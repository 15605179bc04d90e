import { z } from 'zod';

/** The parts of Forge's resolver context the app reads; the account comes from Forge, never the payload. */
const ContextSchema = z.looseObject({
  accountId: z.string().min(1).optional(),
  extension: z
    .looseObject({
      portal: z.looseObject({ id: z.union([z.string(), z.number()]).transform(String) }).optional(),
    })
    .optional(),
});

export interface ResolverCaller {
  accountId: string | null;
  portalId: string | null;
}

export function callerOf(context: unknown): ResolverCaller {
  const parsed = ContextSchema.safeParse(context);
  if (!parsed.success) return { accountId: null, portalId: null };
  return { accountId: parsed.data.accountId ?? null, portalId: parsed.data.extension?.portal?.id ?? null };
}
