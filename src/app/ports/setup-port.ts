/** What the setup check reads about the site (adapter: src/adapters/jira/setup-facts.ts). */
export interface SetupFacts {
  serviceDesks: {
    id: string;
    projectId: string;
    projectKey: string;
    requestTypes: {
      id: string;
      name: string;
      issueTypeId: string;
      /** The request type's form fields (only read for the change request types of the policy). */
      fields: { fieldId: string; required: boolean }[];
    }[];
  }[];
  approverGroupsFieldId: string | null;
  /** The app's Forge fields found on the site: manifest module key -> field id. */
  appFields: Record<string, string>;
  approvalStatuses: {
    projectKey: string;
    statusName: string;
    fieldId: string;
    conditionType: string;
    conditionValue: string;
    /**
     * Ways out of the approval status other than JSM's approve and decline transitions (approve by silence,
     * implement now), and whether a `system:restrict-issue-transition` condition limits who may take them.
     */
    otherTransitions: { name: string; to: string; restricted: boolean }[];
  }[];
  statusNames: string[];
  knownGroupIds: string[];
  chatConfigured: boolean;
}

export interface SetupPort {
  /** `isChangeRequestType` says which request types' form fields to read (one call each). */
  readFacts(
    groupIds: readonly string[],
    isChangeRequestType: (type: { id: string; name: string }) => boolean,
  ): Promise<SetupFacts>;
}
