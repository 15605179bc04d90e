import {
  type AdfBulletList,
  type AdfHeading,
  type AdfInline,
  type AdfListItem,
  type AdfMark,
  type AdfPanel,
  type AdfPanelType,
  type AdfParagraph,
  type AdfRule,
  type AdfTable,
  type AdfTableCell,
  type AdfTableHeader,
  type AdfTableRow,
} from './adf-schema';

export type MarkName = 'strong' | 'em' | 'code';

/**
 * Inline content for one piece of text: line breaks become `hardBreak` nodes (ADF text carries no control
 * characters) and empty text yields no node at all (ADF text nodes must be non-empty).
 */
export function text(value: string, ...marks: MarkName[]): AdfInline[] {
  return inline(
    value,
    marks.map((type) => ({ type })),
  );
}

export function link(value: string, href: string): AdfInline[] {
  return inline(value, [{ type: 'link', attrs: { href } }]);
}

function inline(value: string, marks: AdfMark[]): AdfInline[] {
  const nodes: AdfInline[] = [];
  value.split('\n').forEach((line, index) => {
    if (index > 0) nodes.push({ type: 'hardBreak' });
    if (line === '') return;
    nodes.push(marks.length === 0 ? { type: 'text', text: line } : { type: 'text', text: line, marks });
  });
  return nodes;
}

export function paragraph(...content: AdfInline[][]): AdfParagraph {
  return { type: 'paragraph', content: content.flat() };
}

export function heading(level: 2 | 3, value: string): AdfHeading {
  return { type: 'heading', attrs: { level }, content: text(value) };
}

export function bulletList(items: readonly AdfInline[][]): AdfBulletList {
  const [first, ...rest] = items.map(listItem);
  if (first === undefined) throw new RangeError('bulletList needs at least one item');
  return { type: 'bulletList', content: [first, ...rest] };
}

function listItem(content: AdfInline[]): AdfListItem {
  return { type: 'listItem', content: [paragraph(content)] };
}

export function panel(panelType: AdfPanelType, content: AdfPanel['content']): AdfPanel {
  return { type: 'panel', attrs: { panelType }, content };
}

export function table(header: readonly string[], rows: readonly AdfInline[][][]): AdfTable {
  const headerRow: AdfTableRow = {
    type: 'tableRow',
    content: header.map((label): AdfTableHeader => ({
      type: 'tableHeader',
      content: [paragraph(text(label))],
    })),
  };
  const bodyRows = rows.map((cells): AdfTableRow => ({
    type: 'tableRow',
    content: cells.map((cell): AdfTableCell => ({ type: 'tableCell', content: [paragraph(cell)] })),
  }));
  return {
    type: 'table',
    attrs: { isNumberColumnEnabled: false, layout: 'default' },
    content: [headerRow, ...bodyRows],
  };
}

export function rule(): AdfRule {
  return { type: 'rule' };
}
