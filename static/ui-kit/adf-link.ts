/**
 * Whether a link of a record may be followed: absolute http(s) only, as the record's schema requires
 * (src/domain/decision-record/adf-schema.ts). Anything else (javascript:, data:, relative) is shown as text.
 */
export function isWebLink(href: unknown): href is string {
  if (typeof href !== 'string') return false;
  try {
    const url = new URL(href);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}
