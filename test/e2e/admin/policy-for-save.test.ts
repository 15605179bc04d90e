import {
  isPolicyDraft,
  readPolicyDraft,
  withGroup,
  type PolicyDraft,
} from '../../../static/admin/src/policy-document';
import { clientFieldErrors, policyForSave } from '../../../static/admin/src/policy-for-save';
import { previewChangeRequest } from '../../../static/admin/src/preview-request';

const routine = {
  approvalsPerGroup: 1,
  responseTime: { kind: 'business' as const, hours: 24 },
  reminders: { atFractions: [0.5], minimumGapHours: 4 },
  escalation: { groupId: 'g-cm' },
  silenceIsConsent: { enabled: false as const },
};

const makePolicy = (overrides: Partial<PolicyDraft> = {}): PolicyDraft => ({
  approverGroups: [{ groupId: 'g-cm', name: 'change-managers' }],
  systems: [],
  defaults: {
    timeZone: 'Europe/London',
    workingHours: { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' },
  },
  holidays: [],
  changeTypes: {
    standard: routine,
    normal: routine,
    emergency: {
      approverGroupIds: ['g-cm'],
      approvalsPerGroup: 1,
      responseTime: { kind: 'wallClock', minutes: 30 },
      reminders: { atFractions: [0.5], minimumGapHours: 0 },
      escalation: { groupId: 'g-cm' },
      retrospective: { deadlineHours: 24 },
      postImplementationReview: { required: true, checklist: ['What happened', '', '  ', 'Follow-ups  '] },
    },
  },
  riskTiers: [],
  freezeWindows: [],
  policyEditors: { groupIds: [] },
  repositories: { createOnMerge: true },
  changeRequestTypes: [
    { name: 'Change', emergency: false, answersRequiredOnForm: false },
    { name: 'Emergency change', requestTypeId: '11', emergency: true, answersRequiredOnForm: true },
  ],
  ...overrides,
});

describe('the policy as the admin page sends it', () => {
  it('given blank checklist lines from the textarea, when prepared for save, then only the questions remain', () => {
    const saved = policyForSave(makePolicy());

    expect(saved.changeTypes.emergency.postImplementationReview.checklist).toEqual([
      'What happened',
      'Follow-ups',
    ]);
  });

  it('given a risk tier whose condition text is not JSON, then the page reports it on that condition', () => {
    const policy = makePolicy({
      riskTiers: [
        { key: 'ok', name: 'Fine', when: { fact: 'tested', equals: false } },
        { key: 'broken', name: 'Broken', when: '{ "fact": "risk", ' },
      ],
    });

    expect(clientFieldErrors(policy)).toEqual([
      expect.objectContaining({ field: 'riskTiers.1.when', code: 'invalid-json' }),
    ]);
    expect(clientFieldErrors(makePolicy())).toEqual([]);
  });

  it('given a group chosen twice, when added, then approverGroups lists it once', () => {
    const once = withGroup(makePolicy(), { groupId: 'g-sec', name: 'cab-security' });
    const twice = withGroup(once, { groupId: 'g-sec', name: 'cab-security' });

    expect(twice.approverGroups).toEqual([
      { groupId: 'g-cm', name: 'change-managers' },
      { groupId: 'g-sec', name: 'cab-security' },
    ]);
  });

  it('given documents with and without the policy outline, then only the policy is recognised', () => {
    expect(isPolicyDraft(makePolicy())).toBe(true);
    expect(isPolicyDraft({ systems: [] })).toBe(false);
    expect(isPolicyDraft(null)).toBe(false);
    expect(readPolicyDraft({ systems: [] })).toBeNull();
    expect(readPolicyDraft({ ...makePolicy(), changeRequestTypes: 'Change' })).toBeNull();
  });

  it('given the change request types, when prepared for save, then every entry travels with its names trimmed', () => {
    const policy = makePolicy({
      changeRequestTypes: [
        { name: '  Change ', emergency: false, answersRequiredOnForm: false },
        { name: 'Hotfix', requestTypeId: '17', emergency: true, answersRequiredOnForm: true },
      ],
    });

    const saved = policyForSave(policy);

    expect(saved.changeRequestTypes).toEqual([
      { name: 'Change', emergency: false, answersRequiredOnForm: false },
      { name: 'Hotfix', requestTypeId: '17', emergency: true, answersRequiredOnForm: true },
    ]);
    expect(JSON.parse(JSON.stringify(saved))).toEqual(saved);
  });

  it('given a policy saved before request types were chosen, when read, then it shows the list the server applies', () => {
    const { changeRequestTypes: _absent, ...older } = makePolicy();

    const read = readPolicyDraft(older);

    expect(isPolicyDraft(older)).toBe(false);
    expect(read?.changeRequestTypes).toEqual([
      { name: 'Change', emergency: false, answersRequiredOnForm: false },
      { name: 'Emergency change', emergency: true, answersRequiredOnForm: false },
    ]);
    expect(readPolicyDraft(makePolicy())).toEqual(makePolicy());
  });
});

describe('the sample change request of the preview', () => {
  const form = {
    systems: ['payments-api'],
    changeType: 'normal' as const,
    risk: 'low' as const,
    tested: false,
    hasRollbackPlan: false,
    windowStart: '2026-11-25T22:00',
    windowEnd: '2026-11-25T23:30',
    timeZone: 'America/New_York',
  };

  it('given the answers, then the request carries them with the window as instants', () => {
    const request = previewChangeRequest(form);

    if (!request.ok) throw new Error(`expected a request, got: ${request.message}`);
    const { changeRequest } = request;
    expect(changeRequest['affectedSystems']).toEqual(['payments-api']);
    expect(changeRequest['changeType']).toBe('normal');
    expect(changeRequest['risk']).toBe('low');
    expect(changeRequest['plannedWindow']).toEqual({
      start: '2026-11-26T03:00:00.000Z',
      end: '2026-11-26T04:30:00.000Z',
      timeZone: 'America/New_York',
    });
    expect(changeRequest['testing']).toEqual({ tested: false, reason: 'Routing preview: not tested.' });
    expect(changeRequest['rollbackPlan']).toBe('');
  });

  it('given an unreadable end, then the end field is named', () => {
    expect(previewChangeRequest({ ...form, windowEnd: '' })).toEqual({
      ok: false,
      field: 'windowEnd',
      message: 'Give the end as a date and time in America/New_York.',
    });
  });
});
