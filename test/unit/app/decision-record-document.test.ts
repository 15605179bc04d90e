import { decisionRecordDocument } from '../../../src/app/decision-record-document';
import { paragraph, text, type AdfDocument } from '../../../src/domain/decision-record';
import { inMemoryAppDeps, routedChangeRequest } from './fakes/in-memory-app-deps';

const RECORD: AdfDocument = { type: 'doc', version: 1, content: [paragraph(text('Approved.', 'strong'))] };

const decided = (commentId?: string) => ({
  outcome: 'approved' as const,
  at: '2026-12-01T10:00:00.000Z',
  recordText: 'Approved.',
  ...(commentId === undefined ? {} : { commentId }),
});

describe('decisionRecordDocument: the record as the formatted comment it is', () => {
  it('is the record being published while its comment is not posted yet, without reading Jira', async () => {
    const fakes = inMemoryAppDeps();
    const entry = routedChangeRequest(fakes, 'CHG-1', {
      decision: decided(),
      publishing: {
        of: 'decision',
        record: RECORD,
        channel: { text: [], urgent: false },
        pending: ['publish-decision-record'],
        startedAt: '2026-12-01T10:00:00.000Z',
        resumes: 0,
      },
    });
    expect(await decisionRecordDocument(fakes.deps.jira, entry, 'decision')).toEqual(RECORD);
    expect(fakes.jira.calls.filter((call) => call.startsWith('commentBody'))).toEqual([]);
  });

  it('is the posted comment once it is published', async () => {
    const fakes = inMemoryAppDeps();
    const commentId = await fakes.deps.jira.addInternalComment('CHG-1', RECORD);
    const entry = routedChangeRequest(fakes, 'CHG-1', { decision: decided(commentId) });
    expect(await decisionRecordDocument(fakes.deps.jira, entry, 'decision')).toEqual(RECORD);
  });

  it('is null when the comment is gone, or Jira cannot be read: the views show the text', async () => {
    const fakes = inMemoryAppDeps();
    const entry = routedChangeRequest(fakes, 'CHG-1', { decision: decided('99') });
    expect(await decisionRecordDocument(fakes.deps.jira, entry, 'decision')).toBeNull();

    fakes.jira.commentBody = () => Promise.reject(new Error('Jira is not answering.'));
    const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const commentId = await fakes.deps.jira.addInternalComment('CHG-1', RECORD);
    const failing = routedChangeRequest(fakes, 'CHG-1', { decision: decided(commentId) });
    expect(await decisionRecordDocument(fakes.deps.jira, failing, 'decision')).toBeNull();
    warn.mockRestore();
  });
});
