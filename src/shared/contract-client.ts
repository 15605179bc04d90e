/**
 * The UI side of the resolver contract: one typed wrapper per resolver key. It
 * imports the contract only as types, so Custom UI bundles carry no zod and no backend code.
 */
import { ERROR_CODES, type ResolverResult } from './error-codes';
import type { PayloadOf, ResolverKey, ResultOf } from './resolver-contract';

/** The shape of `@forge/bridge`'s `invoke`, passed in so this module stays free of @forge/* imports. */
export type InvokeFunction = (functionKey: string, payload: Record<string, unknown>) => Promise<unknown>;

export type ContractClient = {
  [K in ResolverKey]: (payload: PayloadOf<K>) => Promise<ResolverResult<ResultOf<K>>>;
};

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A resolver envelope: `{ ok: true, value }` or `{ ok: false, error: { code, message } }` with a known code. */
function isEnvelope(value: unknown): boolean {
  if (!isRecord(value)) return false;
  if (value.ok === true) return 'value' in value;
  if (value.ok !== false || !isRecord(value.error)) return false;
  const { code, message } = value.error;
  return typeof message === 'string' && ERROR_CODES.some((known) => known === code);
}

export function createContractClient(invoke: InvokeFunction): ContractClient {
  const call =
    <K extends ResolverKey>(key: K) =>
    async (payload: PayloadOf<K>): Promise<ResolverResult<ResultOf<K>>> => {
      let raw: unknown;
      try {
        raw = await invoke(key, payload);
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        return {
          ok: false,
          error: {
            code: 'UPSTREAM_UNAVAILABLE',
            message: `The app could not be reached (${detail}). Try again.`,
          },
        };
      }
      if (!isEnvelope(raw)) {
        return {
          ok: false,
          error: { code: 'INTERNAL', message: `The app answered ${key} in an unexpected shape.` },
        };
      }
      // The envelope is checked; the value was built by the resolver from the same contract types and only
      // JSON round-tripped by the bridge, so it is trusted to match ResultOf<K>.
      return raw as ResolverResult<ResultOf<K>>;
    };
  return {
    getApprovalPanel: call('getApprovalPanel'),
    answerApproval: call('answerApproval'),
    getCabFieldOptions: call('getCabFieldOptions'),
    validateCabField: call('validateCabField'),
    validateChangeRequest: call('validateChangeRequest'),
    getWindowFlags: call('getWindowFlags'),
    getPolicy: call('getPolicy'),
    savePolicy: call('savePolicy'),
    importPolicyYaml: call('importPolicyYaml'),
    previewRouting: call('previewRouting'),
    getSetupCheck: call('getSetupCheck'),
    searchJiraGroups: call('searchJiraGroups'),
    getChatSettings: call('getChatSettings'),
    setChatWebhook: call('setChatWebhook'),
    getAnswers: call('getAnswers'),
    submitAnswers: call('submitAnswers'),
    handOverDraft: call('handOverDraft'),
    searchPeople: call('searchPeople'),
    listRequestTypes: call('listRequestTypes'),
    getGitHubSettings: call('getGitHubSettings'),
    rotateGitHubSecret: call('rotateGitHubSecret'),
    setGitHubToken: call('setGitHubToken'),
    implementNow: call('implementNow'),
    routeAgain: call('routeAgain'),
    objectToChange: call('objectToChange'),
    getFigures: call('getFigures'),
    getCalendar: call('getCalendar'),
    exportDecisions: call('exportDecisions'),
    getWaitingForMe: call('getWaitingForMe'),
    getOpenChanges: call('getOpenChanges'),
    getBoardGadget: call('getBoardGadget'),
  };
}
