/**
 * What the emergency fast-track needs beyond JiraAppPort: creating the post-implementation
 * review, tying it to the CR, and finding break-glass CRs whose retrospective deadline has passed.
 */
import type { AdfDocument } from '../../domain/decision-record';

export interface EmergencyJiraPort {
  /** Creates an issue in the CR's project, with the CR's issue type; answers the new issue's key. */
  createIssueBeside(crKey: string, summary: string, description: AdfDocument): Promise<string>;
  setIssueProperty(issueKey: string, propertyKey: string, value: unknown): Promise<void>;
}

export interface RetrospectiveIndex {
  /** Keys of break-glass CRs whose retrospective deadline is at or before `nowMs`, all pages. */
  overdue(nowMs: number): Promise<string[]>;
}
