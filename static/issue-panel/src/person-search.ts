/**
 * The pure parts of the person picker: when a query is worth a search, and how the arrow keys move through
 * the matches (WAI-ARIA combobox with a listbox popup: Down/Up move and stop at the ends, Home/End jump).
 */

/** One letter matches most of a site and spends a rate-limited user search; two narrow it to a few people. */
export const MIN_QUERY_LENGTH = 2;

/** Waits for a pause in typing so one search runs per word, not per key. */
export const SEARCH_DELAY_MS = 250;

/** The query to send, or null while it is too short (the contract allows at most 100 characters). */
export function searchableQuery(query: string): string | null {
  const trimmed = query.trim();
  if (trimmed.length < MIN_QUERY_LENGTH) return null;
  return trimmed.slice(0, 100);
}

/** The option that becomes active after `key`, or null when the key does not move through the list. */
export function nextActiveIndex(key: string, active: number, count: number): number | null {
  if (count === 0) return null;
  const last = count - 1;
  switch (key) {
    case 'ArrowDown':
      return Math.min(active + 1, last);
    case 'ArrowUp':
      return Math.max(active - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return null;
  }
}
