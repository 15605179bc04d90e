/**
 * Who may call a resolver key, declared next to its payload in the contract (resolver-contract.ts) and
 * enforced once, before the handler runs, by src/entry/define-contract-resolvers.ts.
 * Finer rules that depend on the data (the requester of this change request, a change manager of this
 * policy) stay in the use cases; this is the rule that holds for every call of a key.
 */
export const ACCESS_LEVELS = ['anyone', 'jira-admin', 'policy-editor'] as const;
export type AccessLevel = (typeof ACCESS_LEVELS)[number];

/**
 * `anyone` is every signed-in person (Forge gives the resolver their account). `jira-admin` keys also
 * name their action, which completes the fixed refusal "Only Jira administrators can <action>.".
 * `policy-editor` keys are for Jira administrators and the members of the policy's editor groups
 * (`policyEditors`, src/domain/policy/policy-editors-schema.ts), with the refusal of `policyEditorsOnlyMessage`.
 */
export type Access =
  | { access: 'anyone' }
  | { access: 'jira-admin'; action: string }
  | { access: 'policy-editor'; action: string };

export const ANYONE = { access: 'anyone' } as const satisfies Access;

export const jiraAdminsOnly = (action: string): Access => ({ access: 'jira-admin', action });

export const policyEditorsOnly = (action: string): Access => ({ access: 'policy-editor', action });

/** The message a person refused a `jira-admin` key reads. */
export const jiraAdminsOnlyMessage = (action: string): string => `Only Jira administrators can ${action}.`;

/** The message a person refused a `policy-editor` key reads. */
export const policyEditorsOnlyMessage = (action: string): string =>
  `Only Jira administrators and the policy's editor groups can ${action}.`;
