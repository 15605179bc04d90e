/**
 * The last tidy-up before the policy leaves the page, and the one check the server cannot make: a risk
 * tier condition whose text is not JSON (condition-json-field.tsx keeps such text as a string).
 */
import type { FieldError } from '@async-cab/shared/client';
import type { PolicyDraft } from './policy-document';

/**
 * Blank checklist lines come from pressing Enter in the textarea; they are not questions. Request type names
 * are matched trimmed (as the server reads them), so they are saved trimmed.
 */
export function policyForSave(policy: PolicyDraft): PolicyDraft {
  const { emergency } = policy.changeTypes;
  const checklist = emergency.postImplementationReview.checklist
    .map((item) => item.trim())
    .filter((item) => item !== '');
  return {
    ...policy,
    changeRequestTypes: policy.changeRequestTypes.map((type) => ({ ...type, name: type.name.trim() })),
    changeTypes: {
      ...policy.changeTypes,
      emergency: {
        ...emergency,
        postImplementationReview: { ...emergency.postImplementationReview, checklist },
      },
    },
  };
}

export function clientFieldErrors(policy: PolicyDraft): FieldError[] {
  return policy.riskTiers.flatMap((tier, index) =>
    typeof tier.when === 'string'
      ? [
          {
            field: `riskTiers.${String(index)}.when`,
            code: 'invalid-json',
            message: 'This condition is not valid JSON yet: check the brackets, quotes and commas.',
          },
        ]
      : [],
  );
}
