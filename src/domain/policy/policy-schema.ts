import { z } from 'zod';
import { timeZoneSchema } from '../shared/common-schemas';
import { checkPolicyConsistency } from './policy-consistency';
import {
  approverGroupSchema,
  emergencyChangeTypeSchema,
  holidaySchema,
  routineChangeTypeSchema,
  systemSchema,
  workingHoursSchema,
} from './policy-parts-schema';
import { riskConditionSchema } from './risk-condition-schema';
import { changeRequestTypesSchema } from './change-request-types-schema';
import { checkFreezeWindows } from './freeze-window-consistency';
import { freezeWindowsSchema } from './freeze-window-schema';
import { checkPolicyEditors, policyEditorsSchema } from './policy-editors-schema';

export const riskTierSchema = z.strictObject({
  key: z.string().regex(/^[a-z][a-z0-9-]{1,39}$/, {
    error: 'A risk tier key is 2 to 40 lower-case letters, digits or -, starting with a letter.',
  }),
  name: z.string().trim().min(1, { error: 'The risk tier needs a name.' }),
  when: riskConditionSchema,
  addApproverGroupIds: z.array(z.string()).optional(),
  approvalsPerGroup: routineApprovals().optional(),
  /** Tightens the change type's response time; routing ignores it when it would loosen (docs/architecture.md). */
  responseTimeHours: z
    .number()
    .positive({ error: 'A tier response time must be a positive number of hours.' })
    .optional(),
  /** Only `false` exists: a tier can forbid silence-is-consent, never grant it. */
  silenceIsConsent: z
    .literal(false, { error: 'A risk tier can only switch silence-is-consent off (false).' })
    .optional(),
});

function routineApprovals() {
  return routineChangeTypeSchema.shape.approvalsPerGroup;
}

/** The whole policy: one JSON document, editable on the admin page and as YAML (docs/architecture.md). */
export const policySchema = z
  .strictObject(
    {
      approverGroups: z.array(approverGroupSchema),
      systems: z.array(systemSchema),
      defaults: z.strictObject({ timeZone: timeZoneSchema, workingHours: workingHoursSchema }),
      holidays: z.array(holidaySchema),
      changeTypes: z.strictObject({
        standard: routineChangeTypeSchema,
        normal: routineChangeTypeSchema,
        emergency: emergencyChangeTypeSchema,
      }),
      riskTiers: z.array(riskTierSchema),
      repositories: z.strictObject({
        /** GitHub login -> Atlassian account id, so a PR author becomes the CR's requester (flow 4). */
        githubLogins: z.record(z.string().min(1), z.string().trim().min(1)).optional(),
        /** Draft a CR when a PR is merged without one (flow 4). */
        createOnMerge: z.boolean(),
      }),
      /** Request types whose requests are change requests; Change and Emergency change when left out. */
      changeRequestTypes: changeRequestTypesSchema,
      /** Periods in which changes should not be planned (src/domain/calendar); none when left out. */
      freezeWindows: freezeWindowsSchema,
      /** Who may change the policy besides the Jira administrators; nobody else when left out. */
      policyEditors: policyEditorsSchema,
    },
    {
      // Only for a non-object; other root issues (unknown keys) keep their own messages.
      error: (issue) =>
        issue.code === 'invalid_type'
          ? 'The policy must be one document with approverGroups, systems, defaults, holidays, changeTypes, riskTiers and repositories.'
          : undefined,
    },
  )
  .superRefine((policy, ctx) => {
    checkPolicyConsistency(policy, ctx);
    checkFreezeWindows(policy, ctx);
    checkPolicyEditors(policy, ctx);
  });

export type Policy = z.output<typeof policySchema>;
export type PolicyInput = z.input<typeof policySchema>;
export type PolicySystem = Policy['systems'][number];
export type ApproverGroup = Policy['approverGroups'][number];
export type RiskTier = Policy['riskTiers'][number];
export type WorkingHours = Policy['defaults']['workingHours'];
export type RoutineChangeTypePolicy = Policy['changeTypes']['normal'];
export type EmergencyChangeTypePolicy = Policy['changeTypes']['emergency'];
export type ChangeRequestTypePolicy = Policy['changeRequestTypes'][number];
export type { FreezeWindow, FreezeKind } from './freeze-window-schema';
