/** The portal create form's options and its field-level validation (DESIGN.md flow 1). */
import { parsePortalAnswers } from '../domain/change-request';
import type { Policy } from '../domain/policy';
import type { PortalFormOptionsView, ValidationView } from '../shared/view-models';

/** Request types whose CRs are emergencies; matched by name so an admin's own request type ids work. */
export const EMERGENCY_REQUEST_TYPE_NAMES = ['emergency change'];

export function portalFormOptions(policy: Policy, emergency: boolean): PortalFormOptionsView {
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

export function validatePortalAnswers(answers: unknown): ValidationView {
  const parsed = parsePortalAnswers(answers);
  return parsed.ok ? { valid: true, fieldErrors: [] } : { valid: false, fieldErrors: [...parsed.errors] };
}
