/**
 * Text from a GitHub payload made fit to queue, store and show: control characters, bidirectional overrides
 * and lone surrogates out (JSON escapes each control character and lone surrogate as six bytes, so a few
 * thousand of them fill a queue event), then cut to a length without splitting a character.
 */

/** C0 controls but tab and line feed, DEL, C1 controls; the bidi embeddings, overrides and isolates. */
// eslint-disable-next-line no-control-regex -- removing control characters is the purpose of this pattern
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
/** Half of a surrogate pair without its other half: not text, and JSON writes it as an escape. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function clean(value: string): string {
  return value.replace(LONE_SURROGATE, '\ufffd').replace(/\r\n?/g, '\n').replace(UNSAFE, '');
}

/** At most `maxChars` UTF-16 units and `maxBytes` UTF-8 bytes, ending on a whole character. */
function cut(value: string, maxChars: number, maxBytes: number): string {
  let bytes = 0;
  let units = 0;
  for (const char of value) {
    const size = utf8Length(char);
    if (units + char.length > maxChars || bytes + size > maxBytes) return value.slice(0, units);
    units += char.length;
    bytes += size;
  }
  return value;
}

function utf8Length(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  return code < 0x10000 ? 3 : 4;
}

function utf8Bytes(value: string): number {
  let bytes = 0;
  for (const char of value) bytes += utf8Length(char);
  return bytes;
}

/** A title, name or id: one line (breaks and tabs become a space), at most `maxChars`. */
export function singleLine(value: string, maxChars: number): string {
  const line = clean(value).replace(/[\t\n]+/g, ' ');
  return cut(line, maxChars, maxChars * 4);
}

/**
 * A description: line breaks kept, at most `maxChars` and `maxBytes`; a shortened one ends with `notice`
 * (inside the bounds), so a reader knows there is more where it came from.
 */
export function multiLine(
  value: string,
  bounds: { maxChars: number; maxBytes: number; notice: string },
): string {
  const text = clean(value);
  const whole = cut(text, bounds.maxChars, bounds.maxBytes);
  if (whole.length === text.length) return text;
  const room = cut(text, bounds.maxChars - bounds.notice.length, bounds.maxBytes - utf8Bytes(bounds.notice));
  return `${room}${bounds.notice}`;
}
