import { AdfDocumentSchema } from '../../../../src/domain/decision-record';

function doc(...content: unknown[]) {
  return { type: 'doc', version: 1, content };
}

function paragraphOf(...inline: unknown[]) {
  return { type: 'paragraph', content: inline };
}

const cell = (type: 'tableHeader' | 'tableCell', value: string) => ({
  type,
  content: [paragraphOf({ type: 'text', text: value })],
});

describe('AdfDocumentSchema', () => {
  it("accepts the minimal comment body from Jira's REST reference (docs/platform-assumptions.md)", () => {
    const minimal = doc(
      paragraphOf(
        { type: 'text', text: 'PR ', marks: [] },
        {
          type: 'text',
          text: '#412',
          marks: [{ type: 'link', attrs: { href: 'https://github.com/acme/x/pull/412' } }],
        },
      ),
    );

    expect(AdfDocumentSchema.safeParse(minimal).success).toBe(true);
  });

  it('accepts every node kind a decision record uses', () => {
    const everything = doc(
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Change CHG-1 approved' }] },
      {
        type: 'panel',
        attrs: { panelType: 'success' },
        content: [paragraphOf({ type: 'text', text: 'Approved', marks: [{ type: 'strong' }] })],
      },
      {
        type: 'table',
        attrs: { isNumberColumnEnabled: false, layout: 'default' },
        content: [
          { type: 'tableRow', content: [cell('tableHeader', 'Approver'), cell('tableHeader', 'Decision')] },
          { type: 'tableRow', content: [cell('tableCell', 'Sam'), cell('tableCell', 'Approved')] },
        ],
      },
      {
        type: 'bulletList',
        content: [
          { type: 'listItem', content: [paragraphOf({ type: 'text', text: 'a' }, { type: 'hardBreak' })] },
        ],
      },
      paragraphOf({
        type: 'text',
        text: 'x',
        marks: [{ type: 'code' }, { type: 'link', attrs: { href: 'https://a.example' } }],
      }),
      { type: 'rule' },
    );

    expect(AdfDocumentSchema.safeParse(everything).error?.issues).toBeUndefined();
  });

  it.each([
    ['an empty text node', doc(paragraphOf({ type: 'text', text: '' }))],
    ['a line break inside text', doc(paragraphOf({ type: 'text', text: 'a\nb' }))],
    [
      'code combined with strong',
      doc(paragraphOf({ type: 'text', text: 'a', marks: [{ type: 'code' }, { type: 'strong' }] })),
    ],
    [
      'the same mark twice',
      doc(paragraphOf({ type: 'text', text: 'a', marks: [{ type: 'em' }, { type: 'em' }] })),
    ],
    [
      'a javascript: link',
      doc(
        paragraphOf({
          type: 'text',
          text: 'a',
          marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }],
        }),
      ),
    ],
    ['a node type we do not emit', doc({ type: 'mediaSingle', content: [] })],
    [
      'an unknown panel type',
      doc({ type: 'panel', attrs: { panelType: 'party' }, content: [paragraphOf()] }),
    ],
    ['an empty bullet list', doc({ type: 'bulletList', content: [] })],
    [
      'a list item that does not start with a paragraph',
      doc({ type: 'bulletList', content: [{ type: 'listItem', content: [] }] }),
    ],
    ['a heading level of 7', doc({ type: 'heading', attrs: { level: 7 }, content: [] })],
    ['an unexpected attribute', doc({ type: 'rule', attrs: { colour: 'red' } })],
    ['version 2', { type: 'doc', version: 2, content: [] }],
    [
      'a ragged table',
      doc({
        type: 'table',
        attrs: { isNumberColumnEnabled: false, layout: 'default' },
        content: [
          { type: 'tableRow', content: [cell('tableHeader', 'a'), cell('tableHeader', 'b')] },
          { type: 'tableRow', content: [cell('tableCell', 'a')] },
        ],
      }),
    ],
  ])('rejects %s', (_what, candidate) => {
    expect(AdfDocumentSchema.safeParse(candidate).success).toBe(false);
  });
});
