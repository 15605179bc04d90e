/** What the setup check reads about the site (adapter: src/adapters/jira/setup-facts.ts). */
export interface SetupFacts {
  serviceDesks: {
    id: string;
    projectId: string;
    projectKey: string;
    requestTypes: { id: string; name: string; issueTypeId: string; fieldIds: string[] }[];
  }[];
  approverGroupsFieldId: string | null;
  /** The app's Forge fields found on the site, by manifest module key. */
  appFieldModules: string[];
  approvalStatuses: {
    projectKey: string;
    statusName: string;
    fieldId: string;
    conditionType: string;
    conditionValue: string;
  }[];
  statusNames: string[];
  knownGroupIds: string[];
  chatConfigured: boolean;
}

export interface SetupPort {
  readFacts(groupIds: readonly string[]): Promise<SetupFacts>;
}
