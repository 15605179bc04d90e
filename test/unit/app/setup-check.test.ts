import { evaluateSetup } from '../../../src/app/setup-check';
import type { SetupFacts } from '../../../src/app/ports/setup-port';
import { demoPolicy } from '../../../src/domain/policy';

/** A site that has everything the demo policy needs; tests break one thing at a time. */
function facts(overrides: Partial<SetupFacts> = {}): SetupFacts {
  const appFields = Object.fromEntries(
    [
      'cab-affected-systems',
      'cab-change-type',
      'cab-risk',
      'cab-change-window',
      'cab-test-evidence',
      'cab-consequence',
      'cab-rollback-plan',
      'cab-linked-pull-request',
    ].map((key, index) => [key, `customfield_${String(10100 + index)}`]),
  );
  const formFields = Object.values(appFields)
    .slice(0, 7)
    .map((fieldId) => ({ fieldId, required: false }));
  const step = (statusName: string) => ({
    projectKey: 'CHG',
    statusName,
    fieldId: 'customfield_10030',
    conditionType: 'numberPerPrincipal',
    conditionValue: '1',
    otherTransitions: [],
  });
  return {
    serviceDesks: [
      {
        id: '1',
        projectId: '10000',
        projectKey: 'CHG',
        requestTypes: [
          { id: '10', name: 'Change', issueTypeId: '10005', fields: formFields },
          { id: '11', name: 'Emergency change', issueTypeId: '10005', fields: formFields },
        ],
      },
    ],
    approverGroupsFieldId: 'customfield_10030',
    appFields,
    approvalStatuses: [step('Awaiting approval'), step('Awaiting emergency approval')],
    statusNames: ['Draft', 'Waiting for answers', 'Awaiting approval', 'Awaiting emergency approval'],
    knownGroupIds: demoPolicy.approverGroups.map((group) => group.groupId),
    chatConfigured: true,
    ...overrides,
  };
}

const check = (site: SetupFacts, key: string) =>
  evaluateSetup(site, demoPolicy).checks.find((candidate) => candidate.key === key);

describe('the setup check', () => {
  it('is ready on a site that has everything', () => {
    expect(evaluateSetup(facts(), demoPolicy).ready).toBe(true);
  });

  it("compares the policy's approvals per group with the workflow's approval step", () => {
    const site = facts();
    const first = site.approvalStatuses[0];
    if (first === undefined) throw new Error('no step');
    first.conditionValue = '2';

    expect(check(site, 'approval-status:Awaiting approval')).toMatchObject({
      ok: false,
      message:
        "The workflow asks for 2 approvals per group, the policy for 1: JSM decides with the workflow's number.",
    });
    expect(evaluateSetup(site, demoPolicy).ready).toBe(false);
  });

  it('names a transition to Approved that anyone may take, and how to restrict it', () => {
    const site = facts();
    const first = site.approvalStatuses[0];
    if (first === undefined) throw new Error('no step');
    first.otherTransitions = [{ name: 'Approve by silence', to: 'Approved', restricted: false }];

    const result = check(site, 'workflow:app-only-transitions');

    expect(result?.ok).toBe(false);
    expect(result?.message).toContain('"Approve by silence" (Awaiting approval → Approved, CHG)');
    expect(result?.fix).toContain('Restrict issue transition');
  });

  it('says which CAB questions a change request form lacks, or has required against the policy', () => {
    const site = facts();
    const desk = site.serviceDesks[0];
    const change = desk?.requestTypes[0];
    if (change === undefined) throw new Error('no request type');
    change.fields = change.fields.slice(1).map((field, index) => ({ ...field, required: index === 0 }));

    const result = check(site, 'request-type-fields:10');

    expect(result?.ok).toBe(false);
    expect(result?.message).toBe(
      'Not on the form: Affected systems. Required on the form: Change type (CAB) (the policy says optional).',
    );
  });
});
