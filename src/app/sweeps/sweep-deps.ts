import type { AppDeps } from '../app-deps';
import type { AwaitingApprovalIndex, IssuePropertyPort, SweepStore } from '../ports/sweep-ports';

/** The sweeps and the "Object" action run on the app's ports plus their own bookkeeping. */
export interface SweepDeps {
  app: AppDeps;
  index: AwaitingApprovalIndex;
  store: SweepStore;
  properties: IssuePropertyPort;
}

/** The indexed issue property JQL finds overdue CRs by: `issue.property[async-cab].overdue = true`. */
export const OVERDUE_PROPERTY_KEY = 'async-cab';
