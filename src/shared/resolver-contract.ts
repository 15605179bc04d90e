/**
 * The one typed contract between resolvers (src/entry) and the Custom UI (static/). Each key names its
 * payload schema (validated on the server before anything else) and its result type. The UI calls them
 * through `createContractClient`, so a key, a payload or a result can never drift between the two sides.
 */
import type { z } from 'zod';
import {
  AnswerApprovalPayloadSchema,
  EmptyPayloadSchema,
  ImportPolicyYamlPayloadSchema,
  ImplementNowPayloadSchema,
  ObjectToChangePayloadSchema,
  IssuePayloadSchema,
  CabFieldOptionsPayloadSchema,
  HandOverDraftPayloadSchema,
  PreviewRoutingPayloadSchema,
  SearchPeoplePayloadSchema,
  ValidateCabFieldPayloadSchema,
  SavePolicyPayloadSchema,
  SearchGroupsPayloadSchema,
  SetChatWebhookPayloadSchema,
  SetGitHubTokenPayloadSchema,
  SubmitAnswersPayloadSchema,
  ValidateChangeRequestPayloadSchema,
} from './contract-schemas';
import type {
  AnswersView,
  ApprovalPanelView,
  CabFieldOptionsView,
  ChatSettingsView,
  GitHubSettingsView,
  JiraGroupView,
  PersonView,
  PolicyView,
  RequestTypesView,
  RoutingPreviewView,
  SetupCheckView,
  SubmitAnswersView,
  ValidationView,
} from './view-models';

interface Entry<S extends z.ZodType, R> {
  payload: S;
  /** Phantom: carries the result type only. */
  result?: R;
}

const entry = <S extends z.ZodType, R>(payload: S): Entry<S, R> => ({ payload });

export const resolverContract = {
  /** Issue panel and portal request view: state of the CR; routes it first if that has not happened yet. */
  getApprovalPanel: entry<typeof IssuePayloadSchema, ApprovalPanelView>(IssuePayloadSchema),
  answerApproval: entry<typeof AnswerApprovalPayloadSchema, ApprovalPanelView>(AnswerApprovalPayloadSchema),
  /** Field experiences and answer forms: the policy's systems, change types, risks and time zones. */
  getCabFieldOptions: entry<typeof CabFieldOptionsPayloadSchema, CabFieldOptionsView>(
    CabFieldOptionsPayloadSchema,
  ),
  /** Field edit experiences: one field's value checked by the domain's rules (errors by path in the value). */
  validateCabField: entry<typeof ValidateCabFieldPayloadSchema, ValidationView>(
    ValidateCabFieldPayloadSchema,
  ),
  validateChangeRequest: entry<typeof ValidateChangeRequestPayloadSchema, ValidationView>(
    ValidateChangeRequestPayloadSchema,
  ),
  getPolicy: entry<typeof EmptyPayloadSchema, PolicyView>(EmptyPayloadSchema),
  savePolicy: entry<typeof SavePolicyPayloadSchema, PolicyView>(SavePolicyPayloadSchema),
  importPolicyYaml: entry<typeof ImportPolicyYamlPayloadSchema, PolicyView>(ImportPolicyYamlPayloadSchema),
  previewRouting: entry<typeof PreviewRoutingPayloadSchema, RoutingPreviewView>(PreviewRoutingPayloadSchema),
  getSetupCheck: entry<typeof EmptyPayloadSchema, SetupCheckView>(EmptyPayloadSchema),
  searchJiraGroups: entry<typeof SearchGroupsPayloadSchema, JiraGroupView[]>(SearchGroupsPayloadSchema),
  /** Admin only: the team channel's incoming webhook, kept as a Forge secret and never shown again. */
  getChatSettings: entry<typeof EmptyPayloadSchema, ChatSettingsView>(EmptyPayloadSchema),
  setChatWebhook: entry<typeof SetChatWebhookPayloadSchema, ChatSettingsView>(SetChatWebhookPayloadSchema),
  /** Portal request view: the CR's CAB answers, what is missing and why (drafts and waiting for answers). */
  getAnswers: entry<typeof IssuePayloadSchema, AnswersView>(IssuePayloadSchema),
  /** Requester only: completes the answers (validated by the domain, written to the CAB fields), then routes. */
  submitAnswers: entry<typeof SubmitAnswersPayloadSchema, SubmitAnswersView>(SubmitAnswersPayloadSchema),
  /** Change managers and Jira admins: gives a draft from GitHub to the person who will complete it. */
  handOverDraft: entry<typeof HandOverDraftPayloadSchema, ApprovalPanelView>(HandOverDraftPayloadSchema),
  /** Admin page: the site's service desks and request types, to choose which ones are change requests. */
  listRequestTypes: entry<typeof EmptyPayloadSchema, RequestTypesView>(EmptyPayloadSchema),
  /** People the viewer may pick (active Atlassian accounts), for handing a draft over. */
  searchPeople: entry<typeof SearchPeoplePayloadSchema, PersonView[]>(SearchPeoplePayloadSchema),
  /** Admin only: webhook URL, secret and token state, recent deliveries. */
  getGitHubSettings: entry<typeof EmptyPayloadSchema, GitHubSettingsView>(EmptyPayloadSchema),
  /** Admin only: a new webhook secret (answered once); the previous one keeps verifying until the next rotation. */
  rotateGitHubSecret: entry<typeof EmptyPayloadSchema, GitHubSettingsView>(EmptyPayloadSchema),
  setGitHubToken: entry<typeof SetGitHubTokenPayloadSchema, GitHubSettingsView>(SetGitHubTokenPayloadSchema),
  /** Requester of an emergency CR only: break-glass with a mandatory reason; answers the panel. */
  implementNow: entry<typeof ImplementNowPayloadSchema, ApprovalPanelView>(ImplementNowPayloadSchema),
  /** Approvers and change managers: objects to silence as consent while the window is open. */
  objectToChange: entry<typeof ObjectToChangePayloadSchema, ApprovalPanelView>(ObjectToChangePayloadSchema),
} as const;

export type ResolverContract = typeof resolverContract;
export type ResolverKey = keyof ResolverContract;
export type PayloadOf<K extends ResolverKey> = z.input<ResolverContract[K]['payload']>;
export type ParsedPayloadOf<K extends ResolverKey> = z.output<ResolverContract[K]['payload']>;
export type ResultOf<K extends ResolverKey> = NonNullable<ResolverContract[K]['result']>;

export const RESOLVER_KEYS = Object.keys(resolverContract) as readonly ResolverKey[];
