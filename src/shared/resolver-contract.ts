/**
 * The one typed contract between resolvers (src/entry) and the Custom UI (static/). Each key names its
 * payload schema (validated on the server before anything else) and its result type. The UI calls them
 * through `createContractClient`, so a key, a payload or a result can never drift between the two sides.
 * Each key also declares who may call it (resolver-access.ts); the resolvers enforce it before any handler.
 */
import type { z } from 'zod';
import {
  AnswerApprovalPayloadSchema,
  EmptyPayloadSchema,
  ImportPolicyYamlPayloadSchema,
  ImplementNowPayloadSchema,
  ObjectToChangePayloadSchema,
  OpenChangesPayloadSchema,
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
  WindowFlagsPayloadSchema,
} from './contract-schemas';
import type {
  AnswersView,
  ApprovalPanelView,
  BoardGadgetView,
  CabFieldOptionsView,
  ChatSettingsView,
  GitHubSettingsView,
  JiraGroupView,
  OpenChangesView,
  PersonView,
  PolicyView,
  RequestTypesView,
  RoutingPreviewView,
  SetupCheckView,
  SubmitAnswersView,
  ValidationView,
  WaitingForMeView,
} from './view-models';
import { ANYONE, jiraAdminsOnly, policyEditorsOnly, type Access } from './resolver-access';
import { ExportDecisionsPayloadSchema, PeriodPayloadSchema } from './figures-contract-schemas';
import type {
  CalendarView,
  DecisionExportPartView,
  FiguresView,
  WindowFlagsView,
} from './figures-view-models';

type Entry<S extends z.ZodType, R> = Access & {
  payload: S;
  /** Phantom: carries the result type only. */
  result?: R;
};

/** `access` is a required argument, so a key cannot be added without saying who may call it. */
const entry = <S extends z.ZodType, R>(payload: S, access: Access): Entry<S, R> => ({ payload, ...access });

export const resolverContract = {
  /** Issue panel and portal request view: state of the CR; routes it first if that has not happened yet. */
  getApprovalPanel: entry<typeof IssuePayloadSchema, ApprovalPanelView>(IssuePayloadSchema, ANYONE),
  /** JSM decides who may answer (asUser), and the use case refuses the requester. */
  answerApproval: entry<typeof AnswerApprovalPayloadSchema, ApprovalPanelView>(
    AnswerApprovalPayloadSchema,
    ANYONE,
  ),
  /** Field experiences and answer forms: the policy's systems, change types, risks and time zones. */
  getCabFieldOptions: entry<typeof CabFieldOptionsPayloadSchema, CabFieldOptionsView>(
    CabFieldOptionsPayloadSchema,
    ANYONE,
  ),
  /** Field edit experiences: one field's value checked by the domain's rules (errors by path in the value). */
  validateCabField: entry<typeof ValidateCabFieldPayloadSchema, ValidationView>(
    ValidateCabFieldPayloadSchema,
    ANYONE,
  ),
  validateChangeRequest: entry<typeof ValidateChangeRequestPayloadSchema, ValidationView>(
    ValidateChangeRequestPayloadSchema,
    ANYONE,
  ),
  /** Request forms: the freezes and clashes of the window being planned (clashes only with visible CRs). */
  getWindowFlags: entry<typeof WindowFlagsPayloadSchema, WindowFlagsView>(WindowFlagsPayloadSchema, ANYONE),
  /** Everyone may read the policy (read-only unless they are a Jira admin or a policy editor: `canEdit`). */
  getPolicy: entry<typeof EmptyPayloadSchema, PolicyView>(EmptyPayloadSchema, ANYONE),
  /** Only a Jira admin may change `policyEditors` itself (checked by the use case, src/app/policy-admin.ts). */
  savePolicy: entry<typeof SavePolicyPayloadSchema, PolicyView>(
    SavePolicyPayloadSchema,
    policyEditorsOnly('change the policy'),
  ),
  importPolicyYaml: entry<typeof ImportPolicyYamlPayloadSchema, PolicyView>(
    ImportPolicyYamlPayloadSchema,
    policyEditorsOnly('import the policy from YAML'),
  ),
  /** Evaluates a sample change request against a policy; reads and changes nothing stored. */
  previewRouting: entry<typeof PreviewRoutingPayloadSchema, RoutingPreviewView>(
    PreviewRoutingPayloadSchema,
    ANYONE,
  ),
  getSetupCheck: entry<typeof EmptyPayloadSchema, SetupCheckView>(
    EmptyPayloadSchema,
    jiraAdminsOnly('run the setup check'),
  ),
  /** Jira answers the group search as the caller (asUser), with their permissions. */
  searchJiraGroups: entry<typeof SearchGroupsPayloadSchema, JiraGroupView[]>(
    SearchGroupsPayloadSchema,
    ANYONE,
  ),
  /** The team channel's incoming webhook, kept as a Forge secret and never shown again. */
  getChatSettings: entry<typeof EmptyPayloadSchema, ChatSettingsView>(
    EmptyPayloadSchema,
    jiraAdminsOnly('see the chat settings'),
  ),
  setChatWebhook: entry<typeof SetChatWebhookPayloadSchema, ChatSettingsView>(
    SetChatWebhookPayloadSchema,
    jiraAdminsOnly('change the chat channel'),
  ),
  /** Portal request view: the CR's CAB answers, what is missing and why (drafts and waiting for answers). */
  getAnswers: entry<typeof IssuePayloadSchema, AnswersView>(IssuePayloadSchema, ANYONE),
  /** Requester only (checked by the use case): completes the answers, written to the CAB fields, then routes. */
  submitAnswers: entry<typeof SubmitAnswersPayloadSchema, SubmitAnswersView>(
    SubmitAnswersPayloadSchema,
    ANYONE,
  ),
  /** Change managers and Jira admins (checked by the use case): gives a GitHub draft to its requester. */
  handOverDraft: entry<typeof HandOverDraftPayloadSchema, ApprovalPanelView>(
    HandOverDraftPayloadSchema,
    ANYONE,
  ),
  /** Admin page and the Rules tab: the site's service desks and request types, to choose which are change requests. */
  listRequestTypes: entry<typeof EmptyPayloadSchema, RequestTypesView>(
    EmptyPayloadSchema,
    policyEditorsOnly('list the request types'),
  ),
  /** People the viewer may pick (active Atlassian accounts), for handing a draft over. */
  searchPeople: entry<typeof SearchPeoplePayloadSchema, PersonView[]>(SearchPeoplePayloadSchema, ANYONE),
  /** Webhook URL, secret and token state, recent deliveries. */
  getGitHubSettings: entry<typeof EmptyPayloadSchema, GitHubSettingsView>(
    EmptyPayloadSchema,
    jiraAdminsOnly('see the GitHub settings'),
  ),
  /** A new webhook secret (answered once); the previous one keeps verifying until the next rotation. */
  rotateGitHubSecret: entry<typeof EmptyPayloadSchema, GitHubSettingsView>(
    EmptyPayloadSchema,
    jiraAdminsOnly('rotate the GitHub webhook secret'),
  ),
  setGitHubToken: entry<typeof SetGitHubTokenPayloadSchema, GitHubSettingsView>(
    SetGitHubTokenPayloadSchema,
    jiraAdminsOnly('change the GitHub token'),
  ),
  /** Change managers and Jira admins (checked by the use case): routes a needs-attention CR again. */
  routeAgain: entry<typeof IssuePayloadSchema, ApprovalPanelView>(IssuePayloadSchema, ANYONE),
  /** Requester of an emergency CR only (checked by the use case): break-glass with a mandatory reason. */
  implementNow: entry<typeof ImplementNowPayloadSchema, ApprovalPanelView>(ImplementNowPayloadSchema, ANYONE),
  /** Approvers and change managers (checked by the use case): objects to silence as consent. */
  objectToChange: entry<typeof ObjectToChangePayloadSchema, ApprovalPanelView>(
    ObjectToChangePayloadSchema,
    ANYONE,
  ),
  /** The Async CAB page and gadget, for every signed-in person; what they may see is decided in src/app/board. */
  getWaitingForMe: entry<typeof EmptyPayloadSchema, WaitingForMeView>(EmptyPayloadSchema, ANYONE),
  getOpenChanges: entry<typeof OpenChangesPayloadSchema, OpenChangesView>(OpenChangesPayloadSchema, ANYONE),
  getBoardGadget: entry<typeof EmptyPayloadSchema, BoardGadgetView>(EmptyPayloadSchema, ANYONE),
  /** The board's figures of a period (at most a year), from the weekly rollups (src/app/figures). */
  getFigures: entry<typeof PeriodPayloadSchema, FiguresView>(PeriodPayloadSchema, ANYONE),
  /** Planned windows by system and week, with clashes and freeze windows. */
  getCalendar: entry<typeof PeriodPayloadSchema, CalendarView>(PeriodPayloadSchema, ANYONE),
  /** Change managers and Jira admins (checked by the use case): the decided CRs of a period, part by part. */
  exportDecisions: entry<typeof ExportDecisionsPayloadSchema, DecisionExportPartView>(
    ExportDecisionsPayloadSchema,
    ANYONE,
  ),
} as const satisfies Record<string, Entry<z.ZodType, unknown>>;

export type ResolverContract = typeof resolverContract;
export type ResolverKey = keyof ResolverContract;
export type PayloadOf<K extends ResolverKey> = z.input<ResolverContract[K]['payload']>;
export type ParsedPayloadOf<K extends ResolverKey> = z.output<ResolverContract[K]['payload']>;
export type ResultOf<K extends ResolverKey> = NonNullable<ResolverContract[K]['result']>;

export const RESOLVER_KEYS = Object.keys(resolverContract) as readonly ResolverKey[];
