/**
 * The policy document's types for the admin page, derived from the domain's schema
 * (src/domain/policy/policy-schema.ts) so the page cannot drift from what the server accepts. Type-only:
 * the imports are erased, so a Custom UI bundle carries neither zod nor the domain's code.
 */
import type { z } from 'zod';
import type { policySchema } from '../domain/policy/policy-schema';

/** The policy as the server stores and answers it (getPolicy), with the schema's defaults applied. */
export type PolicyDocument = z.output<typeof policySchema>;

/** What savePolicy accepts: as above, but parts with a default (the change request types) may be left out. */
export type PolicyDocumentInput = z.input<typeof policySchema>;

export type PolicyApproverGroup = PolicyDocument['approverGroups'][number];
export type PolicySystem = PolicyDocument['systems'][number];
export type PolicyWorkingHours = PolicyDocument['defaults']['workingHours'];
export type PolicyWeekday = PolicyWorkingHours['days'][number];
export type PolicySeverity = PolicySystem['criticality'];
export type PolicyChangeTypes = PolicyDocument['changeTypes'];
export type PolicyRoutineChangeType = PolicyChangeTypes['normal'];
export type PolicyEmergencyChangeType = PolicyChangeTypes['emergency'];
export type PolicyReminders = PolicyRoutineChangeType['reminders'];
export type PolicySilenceIsConsent = PolicyRoutineChangeType['silenceIsConsent'];
export type PolicyRiskTier = PolicyDocument['riskTiers'][number];
export type PolicyRiskCondition = PolicyRiskTier['when'];
export type PolicyChangeRequestType = PolicyDocument['changeRequestTypes'][number];
export type PolicyFreezeWindow = PolicyDocument['freezeWindows'][number];
export type PolicyEditors = PolicyDocument['policyEditors'];
