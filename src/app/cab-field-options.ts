/**
 * What the CAB field experiences and answer forms offer (choices from the policy), and their field-level
 * validation by the domain's rules (docs/architecture.md, flow 1).
 */
import { parsePortalAnswers, validateFieldValue } from '../domain/change-request';
import type { Policy } from '../domain/policy';
import type { CabAnswerFieldKey } from '../shared/cab-fields';
import type { CabFieldOptionsView, ValidationView } from '../shared/view-models';
import { hardFreezeErrors } from './window-flags-of-answers';

export function cabFieldOptions(policy: Policy, emergency: boolean): CabFieldOptionsView {
  const zones = [
    ...new Set([policy.defaults.timeZone, ...policy.systems.map((system) => system.timeZone), 'UTC']),
  ];
  return {
    systems: policy.systems.map((system) => ({
      key: system.key,
      name: system.name,
      criticality: system.criticality,
    })),
    changeTypes: [
      { value: 'standard', label: 'Standard', description: 'Pre-approved, low-risk and repeatable.' },
      {
        value: 'normal',
        label: 'Normal',
        description: 'Needs the approver groups of the systems it touches.',
      },
      {
        value: 'emergency',
        label: 'Emergency',
        description: 'Cannot wait: pages the emergency approvers, short clock.',
      },
    ],
    risks: [
      { value: 'low', label: 'Low' },
      { value: 'medium', label: 'Medium' },
      { value: 'high', label: 'High' },
      { value: 'critical', label: 'Critical' },
    ],
    defaultTimeZone: policy.defaults.timeZone,
    timeZones: zones,
    emergency,
  };
}

/** One field's value, as its edit experience holds it (errors by path inside the value). */
export function validateCabFieldValue(
  policy: Policy,
  field: CabAnswerFieldKey,
  value: unknown,
): ValidationView {
  const checked = validateFieldValue(
    field,
    value,
    policy.systems.map((system) => system.key),
  );
  return checked.ok ? { valid: true, fieldErrors: [] } : { valid: false, fieldErrors: [...checked.errors] };
}

/** The portal's whole form: the domain's rules, then the policy's hard freezes on its systems. */
export function validatePortalAnswers(
  policy: Pick<Policy, 'freezeWindows' | 'systems'>,
  answers: unknown,
): ValidationView {
  const parsed = parsePortalAnswers(answers);
  if (!parsed.ok) return { valid: false, fieldErrors: [...parsed.errors] };
  const frozen = hardFreezeErrors(policy, parsed.value);
  return { valid: frozen.length === 0, fieldErrors: frozen };
}
