/**
 * The ADF renderer's output as markup (react-dom/server): each node the record's schema allows becomes its
 * element, nothing else is drawn, and text is always text. The Chromium checks of the same renderer in the
 * panel and on the portal are in test/e2e/portal/human-terms.test.ts.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';

import { AdfDocumentView } from '../../../static/ui-kit/adf-document';
import { isWebLink } from '../../../static/ui-kit/adf-link';
import { buildDecisionRecord } from '../../../src/domain/decision-record';
import { makeDecisionRecordInput } from '../../unit/domain/decision-record/make-decision-record-input';

// The bridge exists only inside a product's iframe; links open through it (external-link.tsx).
jest.mock('@forge/bridge', () => ({ router: { open: jest.fn() } }));
// Styles are the bundler's (local/ui-host/build-custom-ui.ts), not jest's.
jest.mock('../../../static/ui-kit/adf-document.css', () => ({}));

const render = (document: unknown, headingOffset?: number) =>
  renderToStaticMarkup(
    createElement(AdfDocumentView, { document, ...(headingOffset === undefined ? {} : { headingOffset }) }),
  );

const doc = (...content: unknown[]) => ({ type: 'doc', version: 1, content });
const para = (...content: unknown[]) => ({ type: 'paragraph', content });

describe('AdfDocumentView: a decision record as formatted text', () => {
  it('draws a whole record: headings, a panel, the decisions table with named columns, lists, a rule', () => {
    const built = buildDecisionRecord(makeDecisionRecordInput());
    if (!built.ok) throw new Error(built.message);
    const html = render(built.value);

    expect(html).toContain('<h3 class="adf-heading adf-heading--3">Change CHG-12 approved</h3>');
    expect(html).toContain('<h4 class="adf-heading adf-heading--4">Decisions</h4>');
    expect(html).toMatch(/<div class="adf-panel adf-panel--success" data-panel-type="success">/);
    expect(html).toContain('<thead><tr><th scope="col"><p>Approver</p></th>');
    expect(html).toContain('<tbody><tr><td><p>Sam Rivera</p></td>');
    expect(html).toContain('<li><p><strong>Systems: </strong>Payments API</p></li>');
    expect(html).toContain('<hr/>');
    expect(html).toMatch(/<a href="https:\/\/github.com\/acme\/payments-api\/pull\/412">/);
    // None of the plain text's stand-ins
    expect(html).not.toContain(' | ');
    expect(html).not.toContain('----');
  });

  it('places headings lower when asked, never below h6', () => {
    const heading = (level: number) => ({
      type: 'heading',
      attrs: { level },
      content: [{ type: 'text', text: 'T' }],
    });
    expect(render(doc(heading(2)), 2)).toContain('<h4');
    expect(render(doc(heading(6)), 2)).toContain('<h6');
  });

  it('draws marks and line breaks', () => {
    const html = render(
      doc(
        para(
          { type: 'text', text: 'bold', marks: [{ type: 'strong' }] },
          { type: 'hardBreak' },
          { type: 'text', text: 'soft', marks: [{ type: 'em' }] },
          { type: 'text', text: 'x=1', marks: [{ type: 'code' }] },
        ),
      ),
    );
    expect(html).toBe(
      '<div class="adf-doc"><p><strong>bold</strong><br/><em>soft</em><code>x=1</code></p></div>',
    );
  });

  it('makes only http(s) links live; any other address is shown as text', () => {
    const linked = (href: string) =>
      render(doc(para({ type: 'text', text: 'Open', marks: [{ type: 'link', attrs: { href } }] })));
    expect(linked('https://example.com/a')).toContain('<a href="https://example.com/a">Open</a>');
    expect(linked('javascript:alert(1)')).not.toContain('<a');
    expect(linked('data:text/html,<b>x</b>')).not.toContain('<a');
    expect(linked('/relative')).not.toContain('<a');
    expect(isWebLink('http://ci.example/run/1')).toBe(true);
    expect(isWebLink('ftp://files.example')).toBe(false);
  });

  it('leaves out nodes the schema does not allow, and never reads text as markup', () => {
    const html = render(
      doc(
        { type: 'mediaSingle', content: [{ type: 'media', attrs: { url: 'https://evil.example/x.png' } }] },
        { type: 'extension', attrs: { html: '<script>alert(1)</script>' } },
        para(
          { type: 'text', text: '<img src=x onerror=alert(1)>' },
          { type: 'emoji', attrs: { text: '😀' } },
        ),
      ),
    );
    expect(html).toBe('<div class="adf-doc"><p>&lt;img src=x onerror=alert(1)&gt;</p></div>');
  });

  it('draws nothing for something that is not a document', () => {
    expect(render(null)).toBe('<div class="adf-doc"></div>');
    expect(render({ type: 'paragraph', content: [] })).toBe('<div class="adf-doc"></div>');
  });
});
