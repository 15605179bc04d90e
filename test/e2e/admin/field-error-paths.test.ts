import {
  controlId,
  controlPathOf,
  indexFieldErrors,
  locateControl,
} from '../../../static/admin/src/field-error-paths';

describe('placing the server field errors next to the admin page controls', () => {
  it.each([
    ['systems.2.approverGroupIds.0', 'systems.2.approverGroupIds'],
    ['systems.0.key', 'systems.0.key'],
    ['systems.1.repositories.3', 'systems.1.repositories'],
    ['systems.4.workingHours.end', 'systems.4.workingHours.end'],
    ['changeTypes.normal.reminders.atFractions.1', 'changeTypes.normal.reminders.atFractions'],
    ['changeTypes.standard.silenceIsConsent.maxRisk', 'changeTypes.standard.silenceIsConsent.maxRisk'],
    ['changeTypes.emergency.approverGroupIds.2', 'changeTypes.emergency.approverGroupIds'],
    [
      'changeTypes.emergency.postImplementationReview.checklist.0',
      'changeTypes.emergency.postImplementationReview.checklist',
    ],
    ['riskTiers.0.when.any.1.fact', 'riskTiers.0.when'],
    ['policy.systems.3.name', 'systems.3.name'],
    ['changeRequestTypes.2.name', 'changeRequestTypes.2'],
    ['changeRequestTypes.0.requestTypeId', 'changeRequestTypes.0'],
    ['changeRequestTypes.1.emergency', 'changeRequestTypes.1'],
    ['changeRequestTypes.4', 'changeRequestTypes.4'],
    ['changeRequestTypes.3.answersRequiredOnForm', 'changeRequestTypes.3.answersRequiredOnForm'],
    ['changeRequestTypes', 'changeRequestTypes'],
    // Anything else under the list still lands on the tab, next to the list, rather than at the top.
    ['changeRequestTypes.first.name', 'changeRequestTypes'],
    ['policy.changeRequestTypes.0.name', 'changeRequestTypes.0'],
  ])('given the error path %s, when it is placed, then the control %s shows it', (field, control) => {
    expect(controlPathOf(field)).toBe(control);
  });

  it.each([['approverGroups.1.groupId'], ['systems.1'], ['holidays.0.date'], [''], ['systems.x.key']])(
    'given the path %p that no control edits, when it is placed, then it has no control',
    (field) => {
      expect(controlPathOf(field)).toBeNull();
    },
  );

  it('given mapped and unmapped errors, when indexed, then mapped ones join per control and the rest go to the top list', () => {
    const errors = [
      { field: 'approverGroups.0.groupId', code: 'duplicate', message: 'The group id g1 is listed twice.' },
      { field: 'systems.2.approverGroupIds.0', code: 'unknown-group', message: 'Unknown group g9.' },
      { field: 'systems.2.approverGroupIds.1', code: 'unknown-group', message: 'Unknown group g8.' },
      { field: 'riskTiers.0.key', code: 'duplicate', message: 'Key used twice.' },
    ];

    const indexed = indexFieldErrors(errors);

    expect(indexed.unmapped).toEqual([errors[0]]);
    expect(indexed.byControl.get('systems.2.approverGroupIds')).toEqual([
      'Unknown group g9.',
      'Unknown group g8.',
    ]);
    expect(indexed.byControl.get('riskTiers.0.key')).toEqual(['Key used twice.']);
    expect(indexed.first).toBe('systems.2.approverGroupIds');
  });

  it('given a control path, then its DOM id and the tab (and system) that shows it follow from the path', () => {
    expect(controlId('systems.2.approverGroupIds')).toBe('field-systems-2-approverGroupIds');
    expect(locateControl('systems.2.approverGroupIds')).toEqual({ tab: 'systems', systemIndex: 2 });
    expect(locateControl('riskTiers.0.when')).toEqual({ tab: 'clocks', systemIndex: null });
    expect(controlId('changeRequestTypes.2')).toBe('field-changeRequestTypes-2');
    expect(locateControl('changeRequestTypes.2')).toEqual({ tab: 'requestTypes', systemIndex: null });
    expect(locateControl('changeRequestTypes')).toEqual({ tab: 'requestTypes', systemIndex: null });
    expect(locateControl('changeTypes.normal.responseTime.hours')).toEqual({
      tab: 'clocks',
      systemIndex: null,
    });
  });
});
