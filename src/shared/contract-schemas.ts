import { z } from 'zod';
import { CAB_ANSWER_FIELD_KEYS } from './cab-fields';
export { OpenChangesPayloadSchema } from './board-schemas';

/** Jira issue keys: project key (letter, then letters, digits, underscores) + '-' + number. */
export const IssueKeySchema = z
  .string()
  .regex(/^[A-Z][A-Z0-9_]{0,254}-[1-9][0-9]{0,17}$/, 'Expected a Jira issue key such as CHG-42.');

/** JSM approval ids are numeric strings in responses and integers in paths (docs/platform-assumptions.md). */
export const ApprovalIdSchema = z
  .string()
  .regex(/^[1-9][0-9]{0,17}$/, 'Expected a JSM approval id such as "7".');

export const EmptyPayloadSchema = z.object({}).strict();

export const IssuePayloadSchema = z.object({ issueKey: IssueKeySchema }).strict();

export const AnswerApprovalPayloadSchema = z
  .object({
    issueKey: IssueKeySchema,
    approvalId: ApprovalIdSchema,
    decision: z.enum(['approve', 'decline']),
    comment: z.string().trim().max(5000, 'Keep the comment under 5 000 characters.').optional(),
    conditions: z
      .array(
        z
          .string()
          .trim()
          .min(1, 'A condition cannot be empty.')
          .max(500, 'Keep each condition under 500 characters.'),
      )
      .max(20, 'At most 20 conditions.')
      .optional(),
  })
  .strict();

/** Break-glass: the written reason is mandatory (docs/architecture.md, flow 5). */
export const ImplementNowPayloadSchema = z
  .object({
    issueKey: IssueKeySchema,
    reason: z
      .string({ error: 'Say why this change cannot wait for the emergency approvers.' })
      .trim()
      .min(20, 'Say why this change cannot wait for the emergency approvers (at least 20 characters).')
      .max(2000, 'Keep the reason under 2 000 characters.'),
  })
  .strict();

/** "Object" to silence as consent: a reason is mandatory so the approvers know what to look at. */
export const ObjectToChangePayloadSchema = z
  .object({
    issueKey: IssueKeySchema,
    reason: z
      .string({ error: 'Say why you object.' })
      .trim()
      .min(5, 'Say why you object (at least 5 characters).')
      .max(2000, 'Keep the reason under 2 000 characters.'),
  })
  .strict();

/** Policy documents are validated by the domain's policy schema in the resolver; here only the envelope. */
export const SavePolicyPayloadSchema = z
  .object({ policy: z.unknown(), expectedRevision: z.number().int().min(0) })
  .strict();

export const ImportPolicyYamlPayloadSchema = z
  .object({
    yaml: z.string().max(200_000, 'The YAML document is larger than 200 000 characters.'),
    expectedRevision: z.number().int().min(0),
  })
  .strict();

export const PreviewRoutingPayloadSchema = z
  .object({
    changeRequest: z.unknown(),
    policy: z.unknown().optional(),
    submittedAt: z.iso.datetime({ offset: true }).optional(),
  })
  .strict();

export const ValidateChangeRequestPayloadSchema = z.object({ changeRequest: z.unknown() }).strict();

/**
 * A window being planned on a request form: the window as the form holds it (checked by the domain), the
 * systems once chosen, the change type (the request type's on the create screen), and the change request's
 * key once it exists, so it does not clash with itself.
 */
export const WindowFlagsPayloadSchema = z
  .object({
    plannedWindow: z.unknown(),
    affectedSystems: z.array(z.string().max(100)).max(50).optional(),
    changeType: z.enum(['standard', 'normal', 'emergency']),
    issueKey: IssueKeySchema.optional(),
  })
  .strict();

export const CabFieldOptionsPayloadSchema = z
  .object({
    requestTypeId: z
      .string()
      .regex(/^[0-9]{1,18}$/, 'Expected a request type id such as "10".')
      .optional(),
  })
  .strict();

/** `url: null` removes the channel. The host must be one the manifest allows as egress (checked on the server). */
export const SetChatWebhookPayloadSchema = z
  .object({ url: z.string().trim().max(2048, 'Keep the URL under 2 048 characters.').nullable() })
  .strict();

export const SearchGroupsPayloadSchema = z
  .object({ query: z.string().trim().max(255, 'Keep the search under 255 characters.') })
  .strict();

/** One CAB field's value as its edit experience holds it; checked by the domain in the resolver. */
export const ValidateCabFieldPayloadSchema = z
  .object({ field: z.enum(CAB_ANSWER_FIELD_KEYS), value: z.unknown() })
  .strict();

/** The requester's CAB answers (the request form's shape); validated by the domain in the resolver. */
export const SubmitAnswersPayloadSchema = z
  .object({ issueKey: IssueKeySchema, answers: z.unknown() })
  .strict();

/** Atlassian account ids: `712020:<uuid>`-style or older 24-hex ids; checked against Jira in the resolver. */
export const AccountIdSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9:_-]{1,128}$/, 'Expected an Atlassian account id.');

export const HandOverDraftPayloadSchema = z
  .object({ issueKey: IssueKeySchema, accountId: AccountIdSchema })
  .strict();

export const SearchPeoplePayloadSchema = z
  .object({
    query: z
      .string()
      .trim()
      .min(1, 'Type part of a name or email.')
      .max(100, 'Keep the search under 100 characters.'),
  })
  .strict();

/** Write-only: the token is stored as a Forge secret and never shown again; `null` removes it. */
export const SetGitHubTokenPayloadSchema = z
  .object({
    token: z
      .string()
      .trim()
      .min(1, 'Paste the token, or remove it.')
      .max(500, 'A GitHub token is shorter than 500 characters.')
      .nullable(),
  })
  .strict();
