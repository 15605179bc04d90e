import { type AdfBlock, type AdfDocument, type AdfInline } from './adf-schema';

/**
 * Renders a decision record as plain text for email and chat (and for tests to read): headings and
 * paragraphs on their own lines, list items as "• ", table rows as "a | b | c", links as "text (url)", a rule
 * as a "· · ·" section break.
 */
export function decisionRecordToPlainText(doc: AdfDocument): string {
  return doc.content.map(blockToText).join('\n\n');
}

function blockToText(block: AdfBlock): string {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
      return inlineToText(block.content);
    case 'bulletList':
      return block.content
        .map((item) => `• ${item.content.map((child) => inlineToText(child.content)).join('\n  ')}`)
        .join('\n');
    case 'table':
      return block.content
        .map((row) => row.content.map((cell) => cell.content.map(blockToText).join(' ')).join(' | '))
        .join('\n');
    case 'panel':
      return block.content.map(blockToText).join('\n');
    case 'rule':
      return '· · ·';
  }
}

function inlineToText(content: readonly AdfInline[]): string {
  return content
    .map((node) => {
      if (node.type === 'hardBreak') return '\n';
      const href = node.marks?.find((mark) => mark.type === 'link')?.attrs.href;
      return href === undefined || href === node.text ? node.text : `${node.text} (${href})`;
    })
    .join('');
}
