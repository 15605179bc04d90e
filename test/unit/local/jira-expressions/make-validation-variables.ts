import { type FieldValidationVariables } from '../../../../local/jira/expressions';

/**
 * The context Jira gives a custom field validation expression (jira-custom-field, "Validation"): an issue being
 * edited on the demo site's CAB project, by a portal customer.
 */
export function makeValidationVariables(
  overrides: Partial<FieldValidationVariables> = {},
): FieldValidationVariables {
  return {
    value: null,
    fieldId: 'customfield_10050',
    issue: { id: 10001, key: 'CAB-1' },
    project: { id: 10000, key: 'CAB' },
    user: { accountId: '5b10ac8d82e05b22cc7d4ef5', displayName: 'Riley Requester' },
    ...overrides,
  };
}
