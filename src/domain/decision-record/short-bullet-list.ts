import { bulletList, text } from './adf-builders';
import { type AdfBulletList, type AdfInline } from './adf-schema';
import { type Shortener } from './shorten-text';

/**
 * A bullet list that respects the shortener's item limit and says how many items it left out, so that a
 * reader never mistakes a shortened list for the whole one. Returns null for an empty list (ADF lists must
 * have at least one item); callers then say "none" in words.
 */
export function shortBulletList<T>(
  items: readonly T[],
  shortener: Shortener,
  render: (item: T) => AdfInline[],
  noun: string,
): AdfBulletList | null {
  if (items.length === 0) return null;
  const { shown, hidden } = shortener.list(items);
  const rendered = shown.map(render);
  if (hidden > 0) rendered.push(text(`… and ${hidden} more ${noun} not shown`, 'em'));
  return bulletList(rendered);
}
