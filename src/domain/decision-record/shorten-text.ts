/**
 * Free text from people goes into a Jira comment, so it is cleaned and, when the record would exceed
 * Jira's comment limit (32 767 characters), shortened. Limits count UTF-16 code units, as Java (Jira) does,
 * but cuts happen between code points so that no surrogate pair is split.
 */
export interface ShortenLimits {
  /** Longest free-text value, in characters, ellipsis included. */
  readonly text: number;
  /** Most items shown from any one list. */
  readonly items: number;
}

export interface Shortener {
  text(value: string): string;
  list<T>(items: readonly T[]): { readonly shown: readonly T[]; readonly hidden: number };
  readonly truncated: () => boolean;
}

const ELLIPSIS = '…';

export function createShortener(limits: ShortenLimits): Shortener {
  let truncated = false;
  return {
    text(value) {
      const clean = cleanText(value);
      if (clean.length <= limits.text) return clean;
      truncated = true;
      return cutAtCodePoint(clean, limits.text - ELLIPSIS.length).trimEnd() + ELLIPSIS;
    },
    list(items) {
      if (items.length <= limits.items) return { shown: items, hidden: 0 };
      truncated = true;
      return { shown: items.slice(0, limits.items), hidden: items.length - limits.items };
    },
    truncated: () => truncated,
  };
}

/**
 * Normalises line endings, turns tabs into spaces, drops other control characters (ADF text must not
 * carry them) and lone surrogates (not valid Unicode, rejected by strict JSON consumers), and collapses
 * runs of blank lines.
 */
export function cleanText(value: string): string {
  return (
    value
      .replace(/\r\n?/g, '\n')
      .replace(/\t/g, ' ')
      // eslint-disable-next-line no-control-regex -- removing control characters is the purpose of this pattern
      .replace(/[\u0000-\u0009\u000b-\u001f\u007f]/g, '')
      .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}

function cutAtCodePoint(value: string, maxUnits: number): string {
  let result = '';
  for (const codePoint of value) {
    if (result.length + codePoint.length > maxUnits) break;
    result += codePoint;
  }
  return result;
}
