/** The resolver behind every Custom UI module (issue panel, portal modules, admin page). */
import Resolver from '@forge/resolver';
import { deliveryLog } from '../adapters/github/delivery-store';
import { githubSettingsStore } from '../adapters/github/github-settings-store';
import { createJiraDraftGateway } from '../adapters/jira/jira-draft-gateway';
import { createJiraUserGateway } from '../adapters/jira/jira-user-gateway';
import { setupFacts } from '../adapters/jira/setup-facts';
import { chatSettings, setChatWebhook } from '../adapters/notifications/chat-settings';
import { answerApproval } from '../app/answer-approval';
import { implementNow } from '../app/emergency/implement-now';
import { withEmergencyView } from '../app/emergency/with-emergency-view';
import { getApprovalPanel } from '../app/get-approval-panel';
import { getAnswers } from '../app/answers/get-answers';
import { submitAnswers } from '../app/answers/submit-answers';
import { cabFieldOptions, validateCabFieldValue, validatePortalAnswers } from '../app/cab-field-options';
import { gitHubSettings } from '../app/github/github-settings';
import { handOverDraft, handOverDraftsOfMappedLogins } from '../app/github/hand-over-draft';
import {
  getPolicyView,
  importPolicyYaml,
  previewRouting,
  savePolicy,
  type AfterPolicySave,
} from '../app/policy-admin';
import { changeRequestKindOf } from '../domain/policy';
import { JiraRest } from '../adapters/jira/jira-rest';
import { readServiceDesks, requestTypesView } from '../adapters/jira/request-type-catalog';
import api from '@forge/api';
import { evaluateSetup } from '../app/setup-check';
import { objectToChange } from '../app/sweeps/object-to-change';
import { withSilenceView } from '../app/sweeps/with-silence-view';
import { appDeps, invocationDeps } from './app-wiring';
import { defineContractResolvers, type ContractAccess } from './define-contract-resolvers';
import { githubDeps } from './github-wiring';
import { sweepDeps } from './sweep-wiring';

const resolver = new Resolver();

/** The contract declares which keys are for Jira admins only; Jira answers for the caller (asUser). */
const access: ContractAccess = { isJiraAdmin: () => createJiraUserGateway().isJiraAdmin() };

/** Mapping a GitHub login in the policy hands over the drafts that author already has. */
const handOverMappedDrafts: AfterPolicySave = async (previous, saved, by) => {
  await handOverDraftsOfMappedLogins(githubDeps(), previous, saved, by);
};

defineContractResolvers(resolver, access, {
  async getApprovalPanel({ issueKey }, caller) {
    const { app: deps, user } = invocationDeps(caller.accountId);
    const panel = await getApprovalPanel(deps, user, issueKey, caller.accountId);
    return withSilenceView(
      sweepDeps(),
      await withEmergencyView(deps, panel, caller.accountId),
      caller.accountId,
    );
  },
  async answerApproval(payload, caller) {
    const { app: deps, user } = invocationDeps(caller.accountId);
    const panel = await answerApproval(deps, user, caller.accountId, payload);
    return withSilenceView(
      sweepDeps(),
      await withEmergencyView(deps, panel, caller.accountId),
      caller.accountId,
    );
  },
  async objectToChange(payload, caller) {
    const deps = sweepDeps();
    await objectToChange(deps, caller.accountId, payload);
    const panel = await getApprovalPanel(
      deps.app,
      createJiraUserGateway(),
      payload.issueKey,
      caller.accountId,
    );
    return withSilenceView(deps, panel, caller.accountId);
  },
  async implementNow(payload, caller) {
    const { app: deps, user } = invocationDeps(caller.accountId);
    await implementNow(deps, caller.accountId, payload);
    const panel = await getApprovalPanel(deps, user, payload.issueKey, caller.accountId);
    return withEmergencyView(deps, panel, caller.accountId);
  },
  async getCabFieldOptions({ requestTypeId }, caller) {
    const { policy } = await appDeps().policies.get();
    if (requestTypeId === undefined) return cabFieldOptions(policy, false);
    // Matched by id where the policy names one; the name is read only when some entry matches by name.
    const name =
      caller.portalId === null
        ? null
        : await createJiraUserGateway().requestTypeName(caller.portalId, requestTypeId);
    const kind = changeRequestKindOf(policy.changeRequestTypes, { id: requestTypeId, name: name ?? '' });
    return cabFieldOptions(policy, kind === 'emergency');
  },
  async validateCabField({ field, value }) {
    const { policy } = await appDeps().policies.get();
    return validateCabFieldValue(policy, field, value);
  },
  validateChangeRequest: ({ changeRequest }) => Promise.resolve(validatePortalAnswers(changeRequest)),
  getPolicy: () => getPolicyView(appDeps().policies, createJiraUserGateway()),
  savePolicy: (payload, caller) =>
    savePolicy(appDeps().policies, createJiraUserGateway(), caller.accountId, payload, handOverMappedDrafts),
  importPolicyYaml: (payload, caller) =>
    importPolicyYaml(
      appDeps().policies,
      createJiraUserGateway(),
      caller.accountId,
      payload,
      handOverMappedDrafts,
    ),
  previewRouting: (payload) => {
    const deps = appDeps();
    return previewRouting(deps.policies, deps.clock, payload);
  },
  async getSetupCheck() {
    const { policy } = await appDeps().policies.get();
    return evaluateSetup(
      await setupFacts.readFacts(
        policy.approverGroups.map((group) => group.groupId),
        (type) => changeRequestKindOf(policy.changeRequestTypes, type) !== null,
      ),
      policy,
    );
  },
  async listRequestTypes() {
    return requestTypesView(await readServiceDesks(new JiraRest(api.asApp())));
  },
  searchJiraGroups: ({ query }) => createJiraUserGateway().searchGroups(query),
  getChatSettings: () => chatSettings(),
  setChatWebhook: ({ url }) => setChatWebhook(url),
  getAnswers: ({ issueKey }, caller) =>
    getAnswers(appDeps(), createJiraUserGateway(), issueKey, caller.accountId),
  submitAnswers: ({ issueKey, answers }, caller) =>
    submitAnswers(
      { app: appDeps(), drafts: createJiraDraftGateway() },
      createJiraUserGateway(),
      caller.accountId,
      issueKey,
      answers,
    ),
  async handOverDraft({ issueKey, accountId }, caller) {
    const user = createJiraUserGateway();
    const deps = githubDeps();
    await handOverDraft(
      deps,
      { accountId: caller.accountId, isJiraAdmin: () => user.isJiraAdmin() },
      issueKey,
      accountId,
    );
    return getApprovalPanel(deps.app, user, issueKey, caller.accountId);
  },
  searchPeople: ({ query }) => createJiraUserGateway().searchPeople(query),
  getGitHubSettings: () => gitHubSettings(githubSettingsStore, deliveryLog),
  async rotateGitHubSecret() {
    const secret = await githubSettingsStore.rotateSecret(new Date());
    return gitHubSettings(githubSettingsStore, deliveryLog, secret);
  },
  async setGitHubToken({ token }) {
    await githubSettingsStore.setToken(token);
    return gitHubSettings(githubSettingsStore, deliveryLog);
  },
});

export const handler = resolver.getDefinitions();
