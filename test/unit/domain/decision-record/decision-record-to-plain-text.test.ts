import { decisionRecordToPlainText, type AdfDocument } from '../../../../src/domain/decision-record';

describe('decisionRecordToPlainText', () => {
  it('renders headings, panels, lists, tables, links and line breaks as readable text', () => {
    const doc: AdfDocument = {
      type: 'doc',
      version: 1,
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Change CHG-7 declined' }] },
        {
          type: 'panel',
          attrs: { panelType: 'error' },
          content: [
            { type: 'paragraph', content: [{ type: 'text', text: 'Declined', marks: [{ type: 'strong' }] }] },
          ],
        },
        {
          type: 'table',
          attrs: { isNumberColumnEnabled: false, layout: 'default' },
          content: [
            {
              type: 'tableRow',
              content: [
                {
                  type: 'tableHeader',
                  content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Who' }] }],
                },
                {
                  type: 'tableHeader',
                  content: [{ type: 'paragraph', content: [{ type: 'text', text: 'What' }] }],
                },
              ],
            },
            {
              type: 'tableRow',
              content: [
                {
                  type: 'tableCell',
                  content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Priya' }] }],
                },
                {
                  type: 'tableCell',
                  content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Declined' }] }],
                },
              ],
            },
          ],
        },
        {
          type: 'bulletList',
          content: [
            {
              type: 'listItem',
              content: [
                {
                  type: 'paragraph',
                  content: [
                    { type: 'text', text: 'line one' },
                    { type: 'hardBreak' },
                    { type: 'text', text: 'line two' },
                  ],
                },
              ],
            },
            {
              type: 'listItem',
              content: [
                {
                  type: 'paragraph',
                  content: [
                    {
                      type: 'text',
                      text: 'PR #9',
                      marks: [{ type: 'link', attrs: { href: 'https://github.com/a/b/pull/9' } }],
                    },
                  ],
                },
              ],
            },
          ],
        },
        { type: 'rule' },
      ],
    };

    expect(decisionRecordToPlainText(doc)).toBe(
      [
        'Change CHG-7 declined',
        'Declined',
        'Who | What\nPriya | Declined',
        '• line one\nline two\n• PR #9 (https://github.com/a/b/pull/9)',
        '· · ·',
      ].join('\n\n'),
    );
  });
});
