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
import { AppError } from '../app/errors';
import { getApprovalPanel } from '../app/get-approval-panel';
import { getDraft } from '../app/github/get-draft';
import { gitHubSettings } from '../app/github/github-settings';
import { submitDraft } from '../app/github/submit-draft';
import { getPolicyView, importPolicyYaml, previewRouting, savePolicy } from '../app/policy-admin';
import { EMERGENCY_REQUEST_TYPE_NAMES, portalFormOptions, validatePortalAnswers } from '../app/portal-form';
import { evaluateSetup } from '../app/setup-check';
import { objectToChange } from '../app/sweeps/object-to-change';
import { withSilenceView } from '../app/sweeps/with-silence-view';
import { appDeps } from './app-wiring';
import { defineContractResolvers } from './define-contract-resolvers';
import { sweepDeps } from './sweep-wiring';

const resolver = new Resolver();

async function requireAdmin(action: string): Promise<void> {
  if (!(await createJiraUserGateway().isJiraAdmin()))
    throw new AppError('FORBIDDEN', `Only Jira administrators can ${action}.`);
}

defineContractResolvers(resolver, {
  async getApprovalPanel({ issueKey }, caller) {
    const deps = appDeps();
    const panel = await getApprovalPanel(deps, createJiraUserGateway(), issueKey, caller.accountId);
    return withSilenceView(
      sweepDeps(),
      await withEmergencyView(deps, panel, caller.accountId),
      caller.accountId,
    );
  },
  async answerApproval(payload, caller) {
    const deps = appDeps();
    const panel = await answerApproval(deps, createJiraUserGateway(), caller.accountId, payload);
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
    const deps = appDeps();
    await implementNow(deps, caller.accountId, payload);
    const panel = await getApprovalPanel(deps, createJiraUserGateway(), payload.issueKey, caller.accountId);
    return withEmergencyView(deps, panel, caller.accountId);
  },
  async getPortalFormOptions({ requestTypeId }, caller) {
    const { policy } = await appDeps().policies.get();
    const name =
      requestTypeId === undefined || caller.portalId === null
        ? null
        : await createJiraUserGateway().requestTypeName(caller.portalId, requestTypeId);
    return portalFormOptions(
      policy,
      name !== null && EMERGENCY_REQUEST_TYPE_NAMES.includes(name.toLowerCase()),
    );
  },
  validateChangeRequest: ({ changeRequest }) => Promise.resolve(validatePortalAnswers(changeRequest)),
  getPolicy: () => getPolicyView(appDeps().policies, createJiraUserGateway()),
  savePolicy: (payload, caller) =>
    savePolicy(appDeps().policies, createJiraUserGateway(), caller.accountId, payload),
  importPolicyYaml: (payload, caller) =>
    importPolicyYaml(appDeps().policies, createJiraUserGateway(), caller.accountId, payload),
  previewRouting: (payload) => {
    const deps = appDeps();
    return previewRouting(deps.policies, deps.clock, payload);
  },
  async getSetupCheck() {
    if (!(await createJiraUserGateway().isJiraAdmin()))
      throw new AppError('FORBIDDEN', 'Only Jira administrators can run the setup check.');
    const { policy } = await appDeps().policies.get();
    return evaluateSetup(
      await setupFacts.readFacts(policy.approverGroups.map((group) => group.groupId)),
      policy,
    );
  },
  searchJiraGroups: ({ query }) => createJiraUserGateway().searchGroups(query),
  async getChatSettings() {
    await requireAdmin('see the chat settings');
    return chatSettings();
  },
  async setChatWebhook({ url }) {
    await requireAdmin('change the chat channel');
    return setChatWebhook(url);
  },
  getDraft: ({ issueKey }, caller) => getDraft(createJiraUserGateway(), issueKey, caller.accountId),
  submitDraft: ({ issueKey, answers }, caller) =>
    submitDraft(
      { app: appDeps(), drafts: createJiraDraftGateway() },
      createJiraUserGateway(),
      caller.accountId,
      issueKey,
      answers,
    ),
  async getGitHubSettings() {
    await requireAdmin('see the GitHub settings');
    return gitHubSettings(githubSettingsStore, deliveryLog);
  },
  async rotateGitHubSecret() {
    await requireAdmin('rotate the GitHub webhook secret');
    const secret = await githubSettingsStore.rotateSecret(new Date());
    return gitHubSettings(githubSettingsStore, deliveryLog, secret);
  },
  async setGitHubToken({ token }) {
    await requireAdmin('change the GitHub token');
    await githubSettingsStore.setToken(token);
    return gitHubSettings(githubSettingsStore, deliveryLog);
  },
});

export const handler = resolver.getDefinitions();
