/** An ISO instant in the viewer's own locale and zone (the browser's), e.g. "24 Nov 2026, 10:05". */
export function formatInstant(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }).format(at);
}
