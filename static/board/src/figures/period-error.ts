import type { ResolverError } from '@async-cab/shared/client';

/** The resolver's words on a bad period (field `from` or `to`), to show next to the dates; undefined otherwise. */
export function periodError(error: ResolverError): string | undefined {
  if (error.code !== 'VALIDATION_FAILED') return undefined;
  const fields = error.fieldErrors ?? [];
  const about = fields.filter((field) => field.field === 'from' || field.field === 'to');
  return about.length === 0 ? undefined : about.map((field) => field.message).join(' ');
}
