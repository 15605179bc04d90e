/** The resolver behind every Custom UI module (issue panel, portal modules, admin page, Async CAB page). */
import Resolver from '@forge/resolver';
import { deliveryLog } from '../adapters/github/delivery-store';
import { githubSettingsStore } from '../adapters/github/github-settings-store';
import { setupFacts } from '../adapters/jira/setup-facts';
import { chatSettings, setChatWebhook } from '../adapters/notifications/chat-settings';
import { answerApproval } from '../app/answer-approval';
import { implementNow } from '../app/emergency/implement-now';
import { withEmergencyView } from '../app/emergency/with-emergency-view';
import { getApprovalPanel } from '../app/get-approval-panel';
import { routeAgain } from '../app/route-again';
import type { ApprovalPanelView } from '../shared/view-models';
import { getAnswers } from '../app/answers/get-answers';
import { submitAnswers } from '../app/answers/submit-answers';
import { windowFlagsOfAnswers } from '../app/window-flags-of-answers';
import { cabFieldOptions, validateCabFieldValue, validatePortalAnswers } from '../app/cab-field-options';
import { gitHubSettings } from '../app/github/github-settings';
import { handOverDraft, handOverDraftsOfMappedLogins } from '../app/github/hand-over-draft';
import {
  getPolicyView,
  importPolicyYaml,
  mayEditPolicy,
  previewRouting,
  savePolicy,
  type AfterPolicySave,
} from '../app/policy-admin';
import type { PolicyCaller } from '../app/policy-editors';
import { changeRequestKindOf } from '../domain/policy';
import { JiraRest } from '../adapters/jira/jira-rest';
import { readServiceDesks, requestTypesView } from '../adapters/jira/request-type-catalog';
import api from '@forge/api';
import { withPeopleNames } from '../app/policy-people-names';
import { evaluateSetup } from '../app/setup-check';
import { objectToChange } from '../app/sweeps/object-to-change';
import { withSilenceView } from '../app/sweeps/with-silence-view';
import { getBoardGadget } from '../app/board/get-board-gadget';
import { getOpenChanges } from '../app/board/get-open-changes';
import { getWaitingForMe } from '../app/board/get-waiting-for-me';
import { boardDeps } from './board-wiring';
import { exportDecisions } from '../app/figures/export-decisions';
import { getCalendar } from '../app/figures/get-calendar';
import { getFigures } from '../app/figures/get-figures';
import { figuresDeps, visibleToCaller } from './figures-wiring';
import { defineContractResolvers } from './define-contract-resolvers';
import { withWindowFlags } from './with-window-flags';
import { invocationDeps, type InvocationDeps } from './invocation-deps';

const resolver = new Resolver();

/** Mapping a GitHub login in the policy hands over the drafts that author already has. */
const handOverMappedDrafts =
  (deps: InvocationDeps): AfterPolicySave =>
  async (previous, saved, by) => {
    await handOverDraftsOfMappedLogins(deps.github, previous, saved, by);
  };

/** The caller as the policy use cases ask about them: Jira answers the admin check as the caller (asUser). */
const policyCaller = (deps: InvocationDeps, accountId: string): PolicyCaller => ({
  accountId,
  isJiraAdmin: () => deps.user.isJiraAdmin(),
});

/** The panel with the emergency and silence parts the panel and the portal view show. */
async function fullPanel(deps: InvocationDeps, panel: ApprovalPanelView, accountId: string) {
  const shown = await withSilenceView(
    deps.sweep,
    await withEmergencyView(deps.app, panel, accountId),
    accountId,
  );
  return withWindowFlags(deps, shown, accountId);
}

defineContractResolvers<InvocationDeps>(
  resolver,
  {
    depsFor: (caller) => invocationDeps(caller.accountId),
    // The contract declares which keys are for Jira admins only; Jira answers for the caller (asUser).
    isJiraAdmin: (deps) => deps.user.isJiraAdmin(),
    isPolicyEditor: (deps, caller) => mayEditPolicy(deps.app, policyCaller(deps, caller.accountId)),
  },
  {
    async getApprovalPanel({ issueKey }, caller, deps) {
      const panel = await getApprovalPanel(deps.app, deps.user, issueKey, caller.accountId);
      return fullPanel(deps, panel, caller.accountId);
    },
    async answerApproval(payload, caller, deps) {
      const panel = await answerApproval(deps.app, deps.user, caller.accountId, payload);
      return fullPanel(deps, panel, caller.accountId);
    },
    async objectToChange(payload, caller, deps) {
      await objectToChange(deps.sweep, caller.accountId, payload);
      const panel = await getApprovalPanel(deps.app, deps.user, payload.issueKey, caller.accountId);
      return fullPanel(deps, panel, caller.accountId);
    },
    async implementNow(payload, caller, deps) {
      await implementNow(deps.app, caller.accountId, payload);
      const panel = await getApprovalPanel(deps.app, deps.user, payload.issueKey, caller.accountId);
      return fullPanel(deps, panel, caller.accountId);
    },
    async routeAgain({ issueKey }, caller, deps) {
      await routeAgain(
        deps.app,
        { accountId: caller.accountId, isJiraAdmin: () => deps.user.isJiraAdmin() },
        issueKey,
      );
      const panel = await getApprovalPanel(deps.app, deps.user, issueKey, caller.accountId);
      return fullPanel(deps, panel, caller.accountId);
    },
    async getCabFieldOptions({ requestTypeId }, caller, deps) {
      const { policy } = await deps.app.policies.get();
      if (requestTypeId === undefined) return cabFieldOptions(policy, false);
      // Matched by id where the policy names one; the name is read only when some entry matches by name.
      const name =
        caller.portalId === null ? null : await deps.user.requestTypeName(caller.portalId, requestTypeId);
      const kind = changeRequestKindOf(policy.changeRequestTypes, { id: requestTypeId, name: name ?? '' });
      return cabFieldOptions(policy, kind === 'emergency');
    },
    async validateCabField({ field, value }, _caller, deps) {
      const { policy } = await deps.app.policies.get();
      return validateCabFieldValue(policy, field, value);
    },
    async validateChangeRequest({ changeRequest }, _caller, deps) {
      const { policy } = await deps.app.policies.get();
      return validatePortalAnswers(policy, changeRequest);
    },
    getWindowFlags: (payload, caller, deps) =>
      windowFlagsOfAnswers(figuresDeps(deps.app), payload, visibleToCaller(deps, caller.accountId)),
    // Each answer names who saved it last and the people GitHub logins map to (src/app/policy-people-names.ts).
    getPolicy: async (_payload, caller, deps) =>
      withPeopleNames(
        deps.github.drafts,
        await getPolicyView(deps.app, policyCaller(deps, caller.accountId)),
      ),
    savePolicy: async (payload, caller, deps) =>
      withPeopleNames(
        deps.github.drafts,
        await savePolicy(deps.app, policyCaller(deps, caller.accountId), payload, handOverMappedDrafts(deps)),
      ),
    importPolicyYaml: async (payload, caller, deps) =>
      withPeopleNames(
        deps.github.drafts,
        await importPolicyYaml(
          deps.app,
          policyCaller(deps, caller.accountId),
          payload,
          handOverMappedDrafts(deps),
        ),
      ),
    previewRouting: (payload, _caller, deps) => previewRouting(deps.app.policies, deps.app.clock, payload),
    async getSetupCheck(_payload, _caller, deps) {
      const { policy } = await deps.app.policies.get();
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
    searchJiraGroups: ({ query }, _caller, deps) => deps.user.searchGroups(query),
    getChatSettings: () => chatSettings(),
    setChatWebhook: ({ url }) => setChatWebhook(url),
    getAnswers: ({ issueKey }, caller, deps) => getAnswers(deps.app, deps.user, issueKey, caller.accountId),
    submitAnswers: ({ issueKey, answers }, caller, deps) =>
      submitAnswers(deps.github, deps.user, caller.accountId, issueKey, answers),
    async handOverDraft({ issueKey, accountId }, caller, deps) {
      await handOverDraft(
        deps.github,
        { accountId: caller.accountId, isJiraAdmin: () => deps.user.isJiraAdmin() },
        issueKey,
        accountId,
      );
      return getApprovalPanel(deps.app, deps.user, issueKey, caller.accountId);
    },
    searchPeople: ({ query }, _caller, deps) => deps.user.searchPeople(query),
    getGitHubSettings: () => gitHubSettings(githubSettingsStore, deliveryLog),
    async rotateGitHubSecret() {
      const secret = await githubSettingsStore.rotateSecret(new Date());
      return gitHubSettings(githubSettingsStore, deliveryLog, secret);
    },
    async setGitHubToken({ token }) {
      await githubSettingsStore.setToken(token);
      return gitHubSettings(githubSettingsStore, deliveryLog);
    },
    getFigures: (period, _caller, deps) => getFigures(figuresDeps(deps.app), period),
    getCalendar: (period, caller, deps) =>
      getCalendar(figuresDeps(deps.app), period, visibleToCaller(deps, caller.accountId)),
    exportDecisions: (request, caller, deps) =>
      exportDecisions(
        figuresDeps(deps.app),
        { accountId: caller.accountId, isJiraAdmin: () => deps.user.isJiraAdmin() },
        request,
      ),
    getWaitingForMe: (_payload, caller, deps) => getWaitingForMe(boardDeps(deps), caller.accountId),
    getOpenChanges: (filters, caller, deps) => getOpenChanges(boardDeps(deps), caller.accountId, filters),
    getBoardGadget: (_payload, caller, deps) => getBoardGadget(boardDeps(deps), caller.accountId),
  },
);

export const handler = resolver.getDefinitions();
