import {
  AdfDocumentSchema,
  buildDecisionRecord,
  readAdfDocument,
} from '../../../../src/domain/decision-record';
import { makeDecisionRecordInput } from './make-decision-record-input';

function record() {
  const built = buildDecisionRecord(makeDecisionRecordInput());
  if (!built.ok) throw new Error(built.message);
  return built.value;
}

describe('readAdfDocument: a decision record as Jira hands its comment back', () => {
  it('reads a record exactly as it was posted', () => {
    const posted = record();
    expect(readAdfDocument(structuredClone(posted))).toEqual(posted);
  });

  it('drops what Jira adds to what it stores (local ids, cell attributes, a newer table layout)', () => {
    // Given the record as Jira might keep it, with attributes of its own on tables, cells and panels
    const stored = JSON.parse(JSON.stringify(record()), (key, value: unknown) => {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
      const node = value as Record<string, unknown>;
      if (node.type === 'table') return { ...node, attrs: { localId: 'a1b2', layout: 'center' } };
      if (node.type === 'tableCell') return { ...node, attrs: { colspan: 1, background: '#fff' } };
      if (node.type === 'panel') return { ...node, attrs: { ...(node.attrs as object), localId: 'p1' } };
      return value;
    }) as unknown;

    // When it is read, then it is a valid record again, the same text in the same shape
    const read = readAdfDocument(stored);
    expect(read).not.toBeNull();
    expect(AdfDocumentSchema.safeParse(read).success).toBe(true);
    expect(JSON.stringify(read)).toContain('Change CHG-12 approved');
  });

  it('refuses a node type the renderer does not know, and anything that is not a document', () => {
    const posted = record();
    const withMedia = { ...posted, content: [...posted.content, { type: 'mediaSingle', content: [] }] };
    expect(readAdfDocument(withMedia)).toBeNull();
    expect(readAdfDocument(null)).toBeNull();
    expect(readAdfDocument('Change approved')).toBeNull();
  });

  it('refuses a link that is not http(s)', () => {
    const doc = {
      type: 'doc',
      version: 1,
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Open', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] },
          ],
        },
      ],
    };
    expect(readAdfDocument(doc)).toBeNull();
  });
});
