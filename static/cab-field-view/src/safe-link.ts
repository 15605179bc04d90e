/**
 * The href to render for a stored link, or null to show it as plain text. Values can be written around
 * Jira's validation (the app field value API skips it), so only http(s) addresses become links: a
 * `javascript:` URL must never be one click away.
 */
export function safeLinkHref(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}
