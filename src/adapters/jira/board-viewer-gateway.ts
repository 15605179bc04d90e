/**
 * The board's reads as the person looking at it (asUser), so JSM and Jira apply that person's permissions:
 * JSM's list of requests pending their approval (`GET /rest/servicedeskapi/request?requestOwnership=APPROVER
 * &approvalStatus=MY_PENDING_APPROVAL`, "customer requests pending the user's approval"), and whether they
 * may browse a project (`GET /rest/api/3/mypermissions?projectKey=&permissions=BROWSE_PROJECTS`, OpenAPI
 * getMyPermissions), and the summaries the ledger does not keep (`POST /rest/api/3/search/jql`, one page of
 * `key in (...)`, OpenAPI searchAndReconsileIssuesUsingJqlPost). docs/platform-assumptions.md has the rows.
 * Each is read once per invocation.
 */
import api, { route } from '@forge/api';
import { z } from 'zod';
import type { BoardViewerPort } from '../../app/board/board-ports';
import { JiraRest, type JiraRestOptions } from './jira-rest';
import { PermissionsSchema } from './jira-schemas';

/** JSM pages answer at most 50 requests by default; four pages are plenty for one person's approvals. */
const PAGE_LIMIT = 50;
const MAX_PAGES = 4;

/** One search page; more keys than this are shown without their summary. */
const MAX_SUMMARIES = 100;

const SummariesSchema = z.looseObject({
  issues: z.array(
    z.looseObject({ key: z.string(), fields: z.looseObject({ summary: z.string().optional() }) }),
  ),
});

const RequestPageSchema = z.looseObject({
  isLastPage: z.boolean(),
  values: z.array(z.looseObject({ issueKey: z.string() })),
});

export function createBoardViewerGateway(options: JiraRestOptions = {}): BoardViewerPort {
  const jira = new JiraRest(api.asUser(), options);
  let pending: ReturnType<BoardViewerPort['pendingApprovalKeys']> | undefined;
  const browsable = new Map<string, Promise<boolean>>();

  const readPending = async () => {
    const issueKeys: string[] = [];
    for (let page = 0; page < MAX_PAGES; page++) {
      const start = page * PAGE_LIMIT;
      const answer = await jira.json(
        RequestPageSchema,
        route`/rest/servicedeskapi/request?requestOwnership=APPROVER&approvalStatus=MY_PENDING_APPROVAL&start=${start}&limit=${PAGE_LIMIT}`,
      );
      issueKeys.push(...answer.values.map((request) => request.issueKey));
      if (answer.isLastPage) return { issueKeys, complete: true };
    }
    return { issueKeys, complete: false };
  };

  const readBrowsable = async (projectKey: string) => {
    const response = await jira.send(
      route`/rest/api/3/mypermissions?projectKey=${projectKey}&permissions=BROWSE_PROJECTS`,
      {},
      [200, 404],
    );
    // 404: no such project, or none the person may see.
    if (response.status === 404) return false;
    const parsed = PermissionsSchema.safeParse(await response.json());
    return parsed.success && parsed.data.permissions.BROWSE_PROJECTS?.havePermission === true;
  };

  const readSummaries = async (issueKeys: readonly string[]) => {
    const wanted = issueKeys.slice(0, MAX_SUMMARIES);
    if (wanted.length === 0) return new Map<string, string>();
    const answer = await jira.json(SummariesSchema, route`/rest/api/3/search/jql`, {
      method: 'POST',
      body: JSON.stringify({
        jql: `key in (${wanted.join(', ')})`,
        fields: ['summary'],
        maxResults: MAX_SUMMARIES,
      }),
    });
    return new Map(
      answer.issues.flatMap((issue) =>
        issue.fields.summary === undefined ? [] : [[issue.key, issue.fields.summary]],
      ),
    );
  };

  return {
    summariesOf: (issueKeys) => readSummaries(issueKeys),
    pendingApprovalKeys() {
      pending ??= readPending();
      return pending;
    },
    mayBrowseProject(projectKey) {
      let answer = browsable.get(projectKey);
      if (answer === undefined) {
        answer = readBrowsable(projectKey);
        browsable.set(projectKey, answer);
      }
      return answer;
    },
  };
}
