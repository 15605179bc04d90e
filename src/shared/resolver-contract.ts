/**
 * The one typed contract between resolvers (src/entry) and the Custom UI (static/). Each key names its
 * payload schema (validated on the server before anything else) and its result type. The UI calls them
 * through `createContractClient`, so a key, a payload or a result can never drift between the two sides.
 */
import { z } from 'zod';
import {
  AnswerApprovalPayloadSchema,
  EmptyPayloadSchema,
  ImportPolicyYamlPayloadSchema,
  IssuePayloadSchema,
  PreviewRoutingPayloadSchema,
  SavePolicyPayloadSchema,
  ValidateChangeRequestPayloadSchema,
} from './contract-schemas';
import { ERROR_CODES, type ResolverResult } from './error-codes';
import type {
  ApprovalPanelView,
  PolicyView,
  RoutingPreviewView,
  SetupCheckView,
  ValidationView,
} from './view-models';

interface Entry<S extends z.ZodType, R> {
  payload: S;
  /** Phantom: carries the result type only. */
  result?: R;
}

const entry = <S extends z.ZodType, R>(payload: S): Entry<S, R> => ({ payload });

export const resolverContract = {
  getApprovalPanel: entry<typeof IssuePayloadSchema, ApprovalPanelView>(IssuePayloadSchema),
  answerApproval: entry<typeof AnswerApprovalPayloadSchema, ApprovalPanelView>(AnswerApprovalPayloadSchema),
  validateChangeRequest: entry<typeof ValidateChangeRequestPayloadSchema, ValidationView>(ValidateChangeRequestPayloadSchema),
  getPolicy: entry<typeof EmptyPayloadSchema, PolicyView>(EmptyPayloadSchema),
  savePolicy: entry<typeof SavePolicyPayloadSchema, PolicyView>(SavePolicyPayloadSchema),
  importPolicyYaml: entry<typeof ImportPolicyYamlPayloadSchema, PolicyView>(ImportPolicyYamlPayloadSchema),
  previewRouting: entry<typeof PreviewRoutingPayloadSchema, RoutingPreviewView>(PreviewRoutingPayloadSchema),
  getSetupCheck: entry<typeof EmptyPayloadSchema, SetupCheckView>(EmptyPayloadSchema),
} as const;

export type ResolverContract = typeof resolverContract;
export type ResolverKey = keyof ResolverContract;
export type PayloadOf<K extends ResolverKey> = z.input<ResolverContract[K]['payload']>;
export type ParsedPayloadOf<K extends ResolverKey> = z.output<ResolverContract[K]['payload']>;
export type ResultOf<K extends ResolverKey> = NonNullable<ResolverContract[K]['result']>;

export const RESOLVER_KEYS = Object.keys(resolverContract) as readonly ResolverKey[];

/** The shape of `@forge/bridge`'s `invoke`, passed in so this module stays free of @forge/* imports. */
export type InvokeFunction = (functionKey: string, payload: Record<string, unknown>) => Promise<unknown>;

export type ContractClient = {
  [K in ResolverKey]: (payload: PayloadOf<K>) => Promise<ResolverResult<ResultOf<K>>>;
};

const ResolverEnvelopeSchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({
    ok: z.literal(false),
    error: z.object({ code: z.enum(ERROR_CODES), message: z.string() }).loose(),
  }),
]);

/** One typed wrapper per resolver key (CONVENTIONS habit 12). */
export function createContractClient(invoke: InvokeFunction): ContractClient {
  const call =
    <K extends ResolverKey>(key: K) =>
    async (payload: PayloadOf<K>): Promise<ResolverResult<ResultOf<K>>> => {
      const answer = ResolverEnvelopeSchema.safeParse(await invoke(key, payload));
      if (!answer.success) {
        return { ok: false, error: { code: 'INTERNAL', message: `The app answered ${key} in an unexpected shape.` } };
      }
      // The envelope is checked; the value was built by the resolver from the same contract types and only
      // JSON round-tripped by the bridge, so it is trusted to match ResultOf<K>.
      return answer.data as ResolverResult<ResultOf<K>>;
    };
  return {
    getApprovalPanel: call('getApprovalPanel'),
    answerApproval: call('answerApproval'),
    validateChangeRequest: call('validateChangeRequest'),
    getPolicy: call('getPolicy'),
    savePolicy: call('savePolicy'),
    importPolicyYaml: call('importPolicyYaml'),
    previewRouting: call('previewRouting'),
    getSetupCheck: call('getSetupCheck'),
  };
}
