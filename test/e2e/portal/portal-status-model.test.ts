import type { AnswerProblemView, ApprovalGroupView } from '@async-cab/shared/client';
import { placeFieldErrors } from '../../../static/cab-answers/field-errors';
import { answersOf, initialFormState } from '../../../static/cab-answers/form-state';
import { problemsSummary } from '../../../static/portal-status/src/answer-problems-text';
import {
  answerFieldErrors,
  errorStillApplies,
  invalidAnswerErrors,
  problemFormField,
} from '../../../static/portal-status/src/answers-form-errors';
import { formStateFromAnswers } from '../../../static/portal-status/src/answers-form-state';
import {
  submittedAppearance,
  submittedTitle,
} from '../../../static/portal-status/src/submitted-outcome-text';
import { answerPayload, conditionsFrom } from '../../../static/portal-status/src/answer-payload';
import { describeGroup, listNames } from '../../../static/portal-status/src/describe-group';

const person = (displayName: string) => ({ accountId: `id-${displayName}`, displayName });

function group(overrides: Partial<ApprovalGroupView>): ApprovalGroupView {
  return {
    groupId: 'g',
    name: 'cab-security',
    needed: 1,
    approvedBy: [],
    declinedBy: [],
    pending: [],
    label: '0 of 1 approval',
    satisfied: false,
    unreachable: null,
    ...overrides,
  };
}

describe('describeGroup: one approver group as a sentence', () => {
  it('says who approved and who is pending', () => {
    expect(
      describeGroup(
        group({
          label: '1 of 2 approvals',
          approvedBy: [person('Sam Rivera')],
          pending: [person('Elena Petrova')],
        }),
      ),
    ).toBe('cab-security: 1 of 2 approvals — Sam Rivera approved; pending: Elena Petrova');
  });

  it('says who declined, and lists several names in plain English', () => {
    expect(
      describeGroup(
        group({
          name: 'cab-operations',
          declinedBy: [person('Olivia Chen')],
          pending: [person('A'), person('B'), person('C')],
        }),
      ),
    ).toBe('cab-operations: 0 of 1 approval — Olivia Chen declined; pending: A, B and C');
    expect(listNames([person('A'), person('B')])).toBe('A and B');
  });

  it('stops listing pending members once the group has its approvals', () => {
    expect(
      describeGroup(
        group({
          label: '1 of 1 approval',
          satisfied: true,
          approvedBy: [person('Sam Rivera')],
          pending: [person('Elena Petrova')],
        }),
      ),
    ).toBe('cab-security: 1 of 1 approval — Sam Rivera approved');
  });

  it('shows only the count when nobody is listed', () => {
    expect(describeGroup(group({}))).toBe('cab-security: 0 of 1 approval');
  });
});

describe('answerPayload: what Approve and Decline send', () => {
  it('leaves out an empty comment and empty conditions', () => {
    expect(
      answerPayload({
        issueKey: 'CHG-4',
        approvalId: '7',
        decision: 'approve',
        comment: '  ',
        conditions: '\n \n',
      }),
    ).toEqual({ issueKey: 'CHG-4', approvalId: '7', decision: 'approve' });
  });

  it('sends the trimmed comment and one condition per non-empty line', () => {
    expect(
      answerPayload({
        issueKey: 'CHG-4',
        approvalId: '7',
        decision: 'decline',
        comment: ' Too risky this week. ',
        conditions: 'Deploy after 18:00\n\n  Page on-call first  ',
      }),
    ).toEqual({
      issueKey: 'CHG-4',
      approvalId: '7',
      decision: 'decline',
      comment: 'Too risky this week.',
      conditions: ['Deploy after 18:00', 'Page on-call first'],
    });
    expect(conditionsFrom('')).toEqual([]);
  });
});

const problem = (overrides: Partial<AnswerProblemView>): AnswerProblemView => ({
  field: 'rollbackPlan',
  label: 'Rollback plan',
  kind: 'missing',
  message: 'Not answered yet: describe how to roll the change back.',
  ...overrides,
});

describe('formStateFromAnswers: the completion form starts from the saved answers', () => {
  it('shows the saved window as date and time in its own zone, so unchanged answers are sent back as they were', () => {
    // Given a draft with every answer in, planned in New York across the end of daylight saving time
    const answers = {
      affectedSystems: ['payments-api'],
      changeType: 'normal' as const,
      risk: 'high' as const,
      plannedWindow: {
        start: '2026-11-01T05:30:00.000Z',
        end: '2026-11-01T07:30:00Z',
        timeZone: 'America/New_York',
      },
      testing: { tested: true as const, evidenceUrl: 'https://ci.example/run/42' },
      consequenceOfNotReleasing: 'The key expires on Friday.',
      rollbackPlan: 'Restore the previous key.',
    };

    // When the form starts from them
    const state = formStateFromAnswers(answers, 'Europe/London', false);

    // Then each input holds the answer, the window in New York's wall-clock time
    expect(state).toMatchObject({
      affectedSystems: ['payments-api'],
      changeType: 'normal',
      risk: 'high',
      startDate: '2026-11-01',
      startTime: '01:30',
      endDate: '2026-11-01',
      endTime: '02:30',
      timeZone: 'America/New_York',
      tested: true,
      evidenceUrl: 'https://ci.example/run/42',
      notTestedReason: '',
    });
    // And submitting them unchanged sends the same instants and answers
    const sent = answersOf(state);
    expect(Date.parse(sent.plannedWindow.start)).toBe(Date.parse(answers.plannedWindow.start));
    expect(Date.parse(sent.plannedWindow.end)).toBe(Date.parse(answers.plannedWindow.end));
    expect({ ...sent, plannedWindow: null }).toEqual({ ...answers, plannedWindow: null });
  });

  it('leaves what is not answered empty and uses the default zone', () => {
    const state = formStateFromAnswers(
      { affectedSystems: ['identity'], testing: { tested: false, reason: 'No staging.' } },
      'Europe/London',
      false,
    );

    expect(state).toEqual({
      ...initialFormState('Europe/London', false),
      affectedSystems: ['identity'],
      tested: false,
      notTestedReason: 'No staging.',
    });
  });

  it('fixes the change type on an emergency request type, whatever was saved', () => {
    expect(formStateFromAnswers({ changeType: 'standard' }, 'UTC', true).changeType).toBe('emergency');
    expect(formStateFromAnswers({}, 'UTC', false).changeType).toBeNull();
  });

  it('ignores an unreadable instant or an unknown zone instead of showing a wrong time', () => {
    const state = formStateFromAnswers(
      { plannedWindow: { start: '', end: '2026-11-24T18:00:00Z', timeZone: 'Mars/Olympus' } },
      'Europe/Berlin',
      false,
    );
    expect(state).toMatchObject({ startDate: '', startTime: '', endDate: '2026-11-24', endTime: '19:00' });
    expect(state.timeZone).toBe('Europe/Berlin');
  });
});

describe('the completion form: which error shows next to which field', () => {
  it('reads the payload paths of submitAnswers as the answers’ own paths', () => {
    const placed = placeFieldErrors(
      answerFieldErrors([
        { field: 'answers.plannedWindow.end', code: 'x', message: 'End after the start.' },
        { field: 'testing.evidenceUrl', code: 'x', message: 'Use https.' },
        { field: 'issueKey', code: 'x', message: 'Unknown request.' },
      ]),
    );

    expect(placed.byField).toEqual({
      'plannedWindow.end': 'End after the start.',
      'testing.evidenceUrl': 'Use https.',
    });
    expect(placed.general).toEqual(['Unknown request.']);
  });

  it('puts saved invalid answers next to their fields from the start, and leaves missing ones to the list', () => {
    const errors = invalidAnswerErrors([
      problem({}),
      problem({ field: 'testing', label: 'Test evidence', kind: 'invalid', message: 'Use an https link.' }),
    ]);

    expect(errors).toEqual([{ field: 'testing', code: 'invalid', message: 'Use an https link.' }]);
    expect(placeFieldErrors(errors).byField).toEqual({ 'testing.tested': 'Use an https link.' });
  });

  it('hides an error once its answer changes, and keeps the others', () => {
    const checked = answersOf(initialFormState('UTC', false));
    const now = answersOf({ ...initialFormState('UTC', false), startDate: '2026-11-24', startTime: '18:00' });

    expect(errorStillApplies('plannedWindow.end', checked, now)).toBe(false);
    expect(errorStillApplies('rollbackPlan', checked, now)).toBe(true);
  });

  it('links each problem to the input it is about, and none for answers the form has no input for', () => {
    expect(problemFormField(problem({ field: 'plannedWindow' }))).toBe('plannedWindow.start');
    expect(problemFormField(problem({ field: 'testing.evidenceUrl' }))).toBe('testing.evidenceUrl');
    expect(problemFormField(problem({ field: 'summary' }))).toBeNull();
  });
});

describe('problemsSummary and the submitted confirmation', () => {
  it('counts missing and wrong answers as a person says it', () => {
    const invalid = problem({ kind: 'invalid' });
    expect(problemsSummary([problem({})])).toBe('1 answer is missing.');
    expect(problemsSummary([problem({}), problem({}), invalid])).toBe(
      '2 answers are missing and 1 needs correcting.',
    );
    expect(problemsSummary([problem({}), invalid, invalid])).toBe(
      '1 answer is missing and 2 need correcting.',
    );
    expect(problemsSummary([invalid])).toBe('1 answer needs correcting.');
    expect(problemsSummary([invalid, invalid])).toBe('2 answers need correcting.');
    expect(problemsSummary([])).toBe('Nothing is missing.');
  });

  it('titles every submit outcome', () => {
    expect(submittedTitle.routed).toBe('Sent to the approvers');
    expect(submittedAppearance['needs-attention']).toBe('warning');
    expect(Object.keys(submittedTitle).sort()).toEqual([
      'already-routed',
      'busy',
      'needs-attention',
      'routed',
    ]);
  });
});
