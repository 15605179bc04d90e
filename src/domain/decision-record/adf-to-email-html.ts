import { type AdfBlock, type AdfDocument, type AdfInline, type AdfPanelType } from './adf-schema';

/**
 * Renders an ADF document (a decision record, or an email composed with the ADF builders) as the HTML body
 * of an email: headings, paragraphs, lists, tables, panels and links, every style inline (mail clients drop
 * `<style>` blocks), every text escaped, and only http(s) links (the schema allows no other). The plain-text
 * body of the same email is decisionRecordToPlainText of the same document.
 */
export function adfToEmailHtml(doc: AdfDocument): string {
  const body = doc.content.map(blockToHtml).join('');
  return `<div style="${FONT}">${body}</div>`;
}

const FONT =
  'font-family:-apple-system,BlinkMacSystemFont,Segoe UI,Roboto,Helvetica Neue,Arial,sans-serif;font-size:14px;line-height:20px;color:#172b4d';
const CELL = 'border:1px solid #dfe1e6;padding:4px 8px;text-align:left;vertical-align:top';
const PANEL_COLOURS: Record<AdfPanelType, { background: string; border: string }> = {
  info: { background: '#e9f2ff', border: '#1d7afc' },
  note: { background: '#f3f0ff', border: '#8270db' },
  success: { background: '#dcfff1', border: '#22a06b' },
  warning: { background: '#fff7d6', border: '#e2b203' },
  error: { background: '#ffeceb', border: '#e2483d' },
};

function blockToHtml(block: AdfBlock): string {
  switch (block.type) {
    case 'heading': {
      const level = Math.min(Math.max(block.attrs.level, 2), 6);
      const size = level <= 2 ? 20 : level === 3 ? 16 : 14;
      return `<h${String(level)} style="margin:16px 0 8px;font-size:${String(size)}px;line-height:24px;font-weight:600">${inlineToHtml(block.content)}</h${String(level)}>`;
    }
    case 'paragraph':
      return `<p style="margin:0 0 8px">${inlineToHtml(block.content)}</p>`;
    case 'bulletList':
      return `<ul style="margin:0 0 8px;padding-left:20px">${block.content
        .map((item) => `<li>${item.content.map((child) => inlineToHtml(child.content)).join('<br>')}</li>`)
        .join('')}</ul>`;
    case 'table':
      return `<table style="border-collapse:collapse;margin:0 0 8px;font-size:13px">${block.content
        .map(
          (row) =>
            `<tr>${row.content
              .map((cell) => {
                const tag = cell.type === 'tableHeader' ? 'th' : 'td';
                const shade = cell.type === 'tableHeader' ? ';background:#f1f2f4;font-weight:600' : '';
                const inner = cell.content.map((child) => inlineOf(child)).join('<br>');
                return `<${tag} style="${CELL}${shade}">${inner}</${tag}>`;
              })
              .join('')}</tr>`,
        )
        .join('')}</table>`;
    case 'panel': {
      const colours = PANEL_COLOURS[block.attrs.panelType];
      return `<div style="margin:0 0 8px;padding:8px 12px;border-left:3px solid ${colours.border};background:${colours.background}">${block.content.map(blockToHtml).join('')}</div>`;
    }
    case 'rule':
      return '<hr style="border:0;border-top:1px solid #dfe1e6;margin:12px 0">';
  }
}

/** A table cell's paragraph (or other block) without its outer margins. */
function inlineOf(block: AdfBlock): string {
  return block.type === 'paragraph' || block.type === 'heading'
    ? inlineToHtml(block.content)
    : blockToHtml(block);
}

function inlineToHtml(content: readonly AdfInline[]): string {
  return content
    .map((node) => {
      if (node.type === 'hardBreak') return '<br>';
      let html = escapeHtml(node.text);
      const marks = node.marks ?? [];
      if (marks.some((mark) => mark.type === 'code'))
        html = `<code style="font-family:ui-monospace,Menlo,monospace;background:#f1f2f4;padding:0 2px">${html}</code>`;
      if (marks.some((mark) => mark.type === 'em')) html = `<em>${html}</em>`;
      if (marks.some((mark) => mark.type === 'strong')) html = `<strong>${html}</strong>`;
      const link = marks.find((mark) => mark.type === 'link');
      if (link !== undefined && /^https?:\/\//i.test(link.attrs.href))
        html = `<a href="${escapeHtml(link.attrs.href)}" style="color:#0c66e4">${html}</a>`;
      return html;
    })
    .join('');
}

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
