import fc from 'fast-check';
import {
  applyAnswers,
  fieldValuesOfChangeRequest,
  reviewAnswers,
  validateFieldValue,
  type CabFieldValues,
} from '../../../../src/domain/change-request';
import { makeChangeRequest } from '../../../factories/make-change-request';

const SYSTEMS = ['payments-api', 'checkout-web'];
const REQUEST = {
  summary: 'Upgrade the card tokenisation library to 4.2',
  description: '',
  requesterAccountId: '712020:5e0c1d2a-0000-4000-8000-000000000001',
  knownSystemKeys: SYSTEMS,
};

/** The CAB fields of a complete, valid change request, as Jira stores them. */
function completeFields(): CabFieldValues {
  return fieldValuesOfChangeRequest(makeChangeRequest());
}

describe('reviewAnswers', () => {
  it('given every CAB field answered validly, then the request is complete with its change request', () => {
    const review = reviewAnswers(completeFields(), REQUEST);

    expect(review.complete).toBe(true);
    expect(review.complete && review.changeRequest).toMatchObject({
      affectedSystems: ['payments-api'],
      consequenceOfNotReleasing: 'The vendor ends support for 4.1 on 15 December.',
      requester: { accountId: REQUEST.requesterAccountId },
    });
  });

  it('given no CAB fields (a request from the email channel), then every answer is missing, in form order', () => {
    const review = reviewAnswers({}, REQUEST);

    expect(review.complete).toBe(false);
    expect(!review.complete && review.problems.map((problem) => [problem.label, problem.kind])).toEqual([
      ['Affected systems', 'missing'],
      ['Change type (CAB)', 'missing'],
      ['Change risk', 'missing'],
      ['Change window', 'missing'],
      ['Test evidence', 'missing'],
      ['Consequence of not releasing now', 'missing'],
      ['Rollback plan', 'missing'],
    ]);
    expect(!review.complete && review.problems[6]?.message).toBe(
      'Not answered yet: say how the change is undone if it goes wrong.',
    );
  });

  it('treats an empty list and blank text as missing', () => {
    const fields = { ...completeFields(), affectedSystems: [], rollbackPlan: { text: '   ' } };

    const review = reviewAnswers(fields, REQUEST);

    expect(!review.complete && review.problems.map((problem) => [problem.path, problem.kind])).toEqual([
      ['affectedSystems', 'missing'],
      ['rollbackPlan', 'missing'],
    ]);
  });

  it('reports an invalid answer with the domain rule and where it is', () => {
    const fields = {
      ...completeFields(),
      changeWindow: { start: '2026-12-01T14:00:00Z', end: '2026-12-01T13:00:00Z', timeZone: 'Europe/London' },
      testEvidence: { tested: true, evidenceUrl: 'http://ci.acme.example/runs/1' },
    };

    const review = reviewAnswers(fields, REQUEST);

    expect(
      !review.complete && review.problems.map((problem) => [problem.label, problem.path, problem.kind]),
    ).toEqual([
      ['Change window', 'plannedWindow.end', 'invalid'],
      ['Test evidence', 'testing.evidenceUrl', 'invalid'],
    ]);
  });

  it('refuses a system the policy does not know, naming it', () => {
    const review = reviewAnswers({ ...completeFields(), affectedSystems: ['mainframe'] }, REQUEST);

    expect(!review.complete && review.problems).toEqual([
      expect.objectContaining({
        field: 'affectedSystems',
        kind: 'invalid',
        message:
          "'mainframe' is not a system of the change policy: choose from the systems the field offers.",
      }),
    ]);
  });

  it('never throws and never calls incomplete answers complete, whatever the fields hold', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom(
            'affectedSystems',
            'changeType',
            'risk',
            'changeWindow',
            'testEvidence',
            'consequence',
            'rollbackPlan',
          ),
          fc.anything(),
        ),
        (fields) => {
          const review = reviewAnswers(fields, REQUEST);
          if (review.complete) {
            expect(Object.keys(fields)).toHaveLength(7);
          } else {
            expect(review.problems.length).toBeGreaterThan(0);
          }
        },
      ),
    );
  });
});

describe('validateFieldValue', () => {
  it('puts a text field error on `text` and a window error on `end`', () => {
    expect(validateFieldValue('rollbackPlan', { text: 'x'.repeat(5001) }, SYSTEMS)).toEqual({
      ok: false,
      errors: [expect.objectContaining({ field: 'text', code: 'too-long' })],
    });
    const window = { start: '2026-12-01T14:00Z', end: '2026-12-01T13:00Z', timeZone: 'Europe/London' };
    expect(validateFieldValue('changeWindow', window, SYSTEMS)).toEqual({
      ok: false,
      errors: [expect.objectContaining({ field: 'end', code: 'window-end-before-start' })],
    });
  });

  it('accepts a valid value and refuses an unknown system', () => {
    expect(validateFieldValue('risk', 'high', SYSTEMS)).toEqual({ ok: true, value: 'high' });
    expect(validateFieldValue('affectedSystems', ['payments-api', 'mainframe'], SYSTEMS)).toEqual({
      ok: false,
      errors: [expect.objectContaining({ code: 'unknown-system' })],
    });
  });
});

describe('applyAnswers', () => {
  it('writes answers over the fields a request already has, as field values', () => {
    const applied = applyAnswers(
      { affectedSystems: ['checkout-web'] },
      { risk: 'low', consequenceOfNotReleasing: 'Card payments keep failing.', summary: 'Fix checkout' },
    );

    expect(applied).toEqual({
      ok: true,
      value: {
        fields: {
          affectedSystems: ['checkout-web'],
          risk: 'low',
          consequence: { text: 'Card payments keep failing.' },
        },
        summary: 'Fix checkout',
      },
    });
  });

  it('refuses keys an answer form may not write (the linked pull request, the requester)', () => {
    const applied = applyAnswers({}, { linkedPullRequest: { repository: 'acme/x' }, requester: 'someone' });

    expect(applied.ok).toBe(false);
    expect(!applied.ok && applied.errors.map((error) => error.code)).toEqual(['unknown-field']);
  });
});
