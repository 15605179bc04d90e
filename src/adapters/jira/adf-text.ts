/** Plain text of an ADF document (Jira v3 descriptions), paragraphs separated by blank lines. */
export function adfToPlainText(node: unknown): string {
  if (typeof node === 'string') return node;
  if (typeof node !== 'object' || node === null) return '';
  const record = node as { type?: unknown; text?: unknown; content?: unknown };
  if (record.type === 'text' && typeof record.text === 'string') return record.text;
  if (record.type === 'hardBreak') return '\n';
  const children = Array.isArray(record.content) ? record.content.map(adfToPlainText) : [];
  const block = ['paragraph', 'heading', 'listItem', 'codeBlock', 'blockquote'].includes(String(record.type));
  return block ? `${children.join('')}\n` : children.join(record.type === 'doc' ? '\n' : '');
}
