import { AdfDocumentSchema, type AdfDocument } from './adf-schema';

/**
 * A decision record as Jira hands it back (a comment's `body`), read into the subset of ADF the app writes
 * (adf-schema.ts), or null when it is something else. Jira may add attributes of its own to what it stores
 * (a `localId` on tables and panels, cell attributes, a newer table `layout`), so those are dropped before
 * the strict check; a node type outside the subset fails it, and callers then show the record's plain text.
 */
export function readAdfDocument(value: unknown): AdfDocument | null {
  const parsed = AdfDocumentSchema.safeParse(normalised(value));
  return parsed.success ? parsed.data : null;
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const TABLE_LAYOUTS: readonly unknown[] = ['default', 'wide', 'full-width'];

function normalised(value: unknown): unknown {
  if (!isObject(value)) return value;
  const content = (fallback?: unknown[]) => {
    const children = Array.isArray(value.content) ? value.content : fallback;
    return children === undefined ? {} : { content: children.map(normalised) };
  };
  const attrs = isObject(value.attrs) ? value.attrs : {};
  switch (value.type) {
    case 'doc':
      return { type: 'doc', version: value.version, ...content() };
    case 'text':
      return {
        type: 'text',
        text: value.text,
        ...(Array.isArray(value.marks) ? { marks: value.marks.map(normalisedMark) } : {}),
      };
    case 'hardBreak':
    case 'rule':
      return { type: value.type };
    case 'paragraph':
      return { type: 'paragraph', ...content([]) };
    case 'heading':
      return { type: 'heading', attrs: { level: attrs.level }, ...content([]) };
    case 'bulletList':
    case 'listItem':
    case 'tableRow':
    case 'tableHeader':
    case 'tableCell':
      return { type: value.type, ...content() };
    case 'table':
      return {
        type: 'table',
        attrs: {
          isNumberColumnEnabled: attrs.isNumberColumnEnabled === true,
          layout: TABLE_LAYOUTS.includes(attrs.layout) ? attrs.layout : 'default',
        },
        ...content(),
      };
    case 'panel':
      return { type: 'panel', attrs: { panelType: attrs.panelType }, ...content() };
    default:
      return value;
  }
}

function normalisedMark(mark: unknown): unknown {
  if (!isObject(mark)) return mark;
  if (mark.type !== 'link') return { type: mark.type };
  const attrs = isObject(mark.attrs) ? mark.attrs : {};
  return {
    type: 'link',
    attrs: { href: attrs.href, ...(typeof attrs.title === 'string' ? { title: attrs.title } : {}) },
  };
}
