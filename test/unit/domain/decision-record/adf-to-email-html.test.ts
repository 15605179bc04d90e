import {
  adfToEmailHtml,
  bulletList,
  heading,
  link,
  panel,
  paragraph,
  table,
  text,
  type AdfDocument,
} from '../../../../src/domain/decision-record';

const doc = (...content: AdfDocument['content']): AdfDocument => ({ type: 'doc', version: 1, content });

describe('a document as an email’s HTML body', () => {
  it('renders headings, lists, tables, panels and links with inline styles', () => {
    const html = adfToEmailHtml(
      doc(
        heading(2, 'CHG-7 approved'),
        bulletList([text('Deploy after 18:00')]),
        table(['Approver', 'Answer'], [[text('Priya Nair'), text('Approved', 'strong')]]),
        panel('warning', [paragraph(text('Mind the freeze'))]),
        paragraph(link('Open CHG-7', 'https://site.example/browse/CHG-7')),
      ),
    );

    expect(html).toMatch(/^<div style="font-family:[^"]+">/);
    expect(html).toContain('>CHG-7 approved</h2>');
    expect(html).toContain('<li>Deploy after 18:00</li>');
    expect(html).toMatch(/<th style="[^"]+">Approver<\/th>/);
    expect(html).toMatch(/<td style="[^"]+"><strong>Approved<\/strong><\/td>/);
    expect(html).toContain('background:#fff7d6"><p style="margin:0 0 8px">Mind the freeze</p></div>');
    expect(html).toContain(
      '<a href="https://site.example/browse/CHG-7" style="color:#0c66e4">Open CHG-7</a>',
    );
    expect(html).not.toContain('<style');
  });

  it('escapes what people wrote, so a summary or a reason is never markup', () => {
    const html = adfToEmailHtml(
      doc(paragraph(text('<img src=x onerror=alert(1)> & "quotes"'), text('\nnext line'))),
    );

    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;<br>next line');
    expect(html).not.toContain('<img');
  });
});
