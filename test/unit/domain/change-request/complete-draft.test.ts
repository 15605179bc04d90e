import {
  completeDraft,
  missingAnswers,
  parseChangeRequestDraft,
  type ChangeRequestDraft,
} from '../../../../src/domain/change-request';
import { makeChangeRequest } from '../../../factories/make-change-request';

/** What the GitHub flow knows about a merged pull request: no human answers yet. */
function makeDraft(overrides: Partial<ChangeRequestDraft> = {}): ChangeRequestDraft {
  const { summary, description, affectedSystems, requester } = makeChangeRequest();
  return {
    summary,
    description,
    affectedSystems,
    requester,
    linkedPullRequest: {
      repository: 'acme/payments-api',
      number: 42,
      url: 'https://github.com/acme/payments-api/pull/42',
      headSha: 'a'.repeat(40),
    },
    ...overrides,
  };
}

const answers = {
  changeType: 'normal',
  risk: 'medium',
  plannedWindow: { start: '2026-12-02T10:00:00Z', end: '2026-12-02T11:00:00Z', timeZone: 'Europe/London' },
  testing: { tested: true, evidenceUrl: 'https://github.com/acme/payments-api/actions/runs/9' },
  consequenceOfNotReleasing: 'Card payments keep failing for 0.3% of customers.',
  rollbackPlan: 'Revert the merge commit and redeploy.',
};

describe('change request drafts', () => {
  it('given a draft without the human-only answers, when parsed as a draft, then it is accepted', () => {
    expect(parseChangeRequestDraft(makeDraft()).ok).toBe(true);
  });

  it('given a draft without a summary, when parsed as a draft, then the summary is still required', () => {
    const { summary: _omitted, ...withoutSummary } = makeDraft();

    const result = parseChangeRequestDraft(withoutSummary);

    expect(result.ok ? [] : result.errors.map((error) => [error.field, error.code])).toEqual([
      ['summary', 'required'],
    ]);
  });

  it('given a fresh draft, when asking what is missing, then every human-only question is listed in form order', () => {
    expect(missingAnswers(makeDraft())).toEqual([
      'changeType',
      'risk',
      'plannedWindow',
      'consequenceOfNotReleasing',
      'rollbackPlan',
      'testing',
    ]);
  });

  it('given a draft with test evidence from checks, when asking what is missing, then testing is not asked again', () => {
    const draft = makeDraft({
      testing: { tested: true, evidenceUrl: 'https://github.com/acme/payments-api/runs/7' },
    });

    expect(missingAnswers(draft)).not.toContain('testing');
  });

  it('given all answers, when the draft is completed, then a submittable CR keeps the pull request and requester', () => {
    const draft = makeDraft();

    const result = completeDraft(draft, answers);

    expect(result.ok).toBe(true);
    expect(result.ok && result.value).toMatchObject({
      risk: 'medium',
      requester: draft.requester,
      linkedPullRequest: draft.linkedPullRequest,
    });
  });

  it('given answers without a rollback plan and window, when the draft is completed, then those fields are required', () => {
    const { rollbackPlan: _r, plannedWindow: _w, ...partial } = answers;

    const result = completeDraft(makeDraft(), partial);

    expect(result.ok ? [] : result.errors.map((error) => [error.field, error.code])).toEqual([
      ['plannedWindow', 'required'],
      ['rollbackPlan', 'required'],
    ]);
  });

  it('given answers that try to change the requester, when the draft is completed, then the answer is refused', () => {
    const result = completeDraft(makeDraft(), { ...answers, requester: { accountId: 'someone-else' } });

    expect(result.ok ? [] : result.errors.map((error) => error.code)).toEqual(['unknown-field']);
  });

  it('given a bad answer, when the draft is completed, then the error points at the answered field', () => {
    const result = completeDraft(makeDraft(), { ...answers, risk: 'unsure' });

    expect(result.ok ? [] : result.errors.map((error) => [error.field, error.code])).toEqual([
      ['risk', 'invalid-value'],
    ]);
  });
});
