/**
 * Who may call a resolver key, declared next to its payload in the contract (resolver-contract.ts) and
 * enforced once, before the handler runs, by src/entry/define-contract-resolvers.ts.
 * Finer rules that depend on the data (the requester of this change request, a change manager of this
 * policy) stay in the use cases; this is the rule that holds for every call of a key.
 */
export const ACCESS_LEVELS = ['anyone', 'jira-admin'] as const;
export type AccessLevel = (typeof ACCESS_LEVELS)[number];

/**
 * `anyone` is every signed-in person (Forge gives the resolver their account). `jira-admin` keys also
 * name their action, which completes the fixed refusal "Only Jira administrators can <action>.".
 */
export type Access = { access: 'anyone' } | { access: 'jira-admin'; action: string };

export const ANYONE = { access: 'anyone' } as const satisfies Access;

export const jiraAdminsOnly = (action: string): Access => ({ access: 'jira-admin', action });

/** The message a person refused a `jira-admin` key reads. */
export const jiraAdminsOnlyMessage = (action: string): string => `Only Jira administrators can ${action}.`;
