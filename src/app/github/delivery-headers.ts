/**
 * The X-GitHub-Delivery and X-GitHub-Event values the intake takes. GitHub sends a GUID and a snake_case
 * event name (docs/platform-assumptions.md); anything far from that is refused with a 400 naming the header,
 * before the id becomes a storage key or a log line. The bounds are generous, so an unusual id that is still
 * plausible keeps working: the storage keys hash what is not a plain token (src/adapters/kvs/storage-keys.ts).
 */

export const MAX_DELIVERY_ID_LENGTH = 1000;
export const MAX_EVENT_NAME_LENGTH = 100;

/** C0 controls, DEL and C1 controls: never part of an id, and unsafe in logs and keys. */
// eslint-disable-next-line no-control-regex -- finding control characters is the purpose of this pattern
const CONTROL_CHARACTER = /[\u0000-\u001f\u007f-\u009f]/;

/** Why a header value is refused, or null when it is taken. */
export function deliveryHeaderProblem(
  header: 'X-GitHub-Delivery' | 'X-GitHub-Event',
  value: string,
): string | null {
  const max = header === 'X-GitHub-Delivery' ? MAX_DELIVERY_ID_LENGTH : MAX_EVENT_NAME_LENGTH;
  if (value.trim() === '') return `${header} is empty.`;
  if (value.length > max)
    return `${header} has ${String(value.length)} characters; at most ${String(max)} are accepted.`;
  if (CONTROL_CHARACTER.test(value)) return `${header} contains control characters.`;
  return null;
}
