import { route } from '@forge/api';
import type { IssueSnapshot } from '../../app/ports/jira-port';
import { adfToPlainText } from './adf-text';
import { appPropertyKey, appPropertyPart, portalAnswersOf } from './app-identity';
import type { JiraRest } from './jira-rest';
import { fieldIds } from './field-catalog';
import { IssueSchema } from './jira-schemas';
import { z } from 'zod';

const CATEGORIES = ['new', 'indeterminate', 'done'] as const;

/** Reads the CR-relevant parts of an issue and the portal answers in one call; null when not visible. */
export async function readIssueSnapshot(jira: JiraRest, issueKey: string): Promise<IssueSnapshot | null> {
  const propertyKey = appPropertyKey();
  // The Request Type field's id differs per site; it is in the cached field catalogue (no extra call warm).
  const requestTypeField = await requestTypeFieldId(jira);
  const fields = [
    'summary',
    'description',
    'status',
    'reporter',
    'created',
    'project',
    ...(requestTypeField === null ? [] : [requestTypeField]),
  ].join(',');
  const response = await jira.send(
    route`/rest/api/3/issue/${issueKey}?fields=${fields}&properties=${propertyKey}`,
    {},
    [200, 404],
  );
  if (response.status === 404) {
    await response.text();
    return null;
  }
  const issue = IssueSchema.parse(await response.json());
  const category = issue.fields.status.statusCategory?.key;
  return {
    id: issue.id,
    key: issue.key,
    projectKey: issue.fields.project.key,
    summary: issue.fields.summary,
    description: adfToPlainText(issue.fields.description).trim(),
    status: {
      id: issue.fields.status.id,
      name: issue.fields.status.name,
      category: CATEGORIES.find((known) => known === category) ?? 'undefined',
    },
    reporter: issue.fields.reporter
      ? { accountId: issue.fields.reporter.accountId, displayName: issue.fields.reporter.displayName }
      : null,
    created: issue.fields.created,
    browseUrl: `${new URL(issue.self).origin}/browse/${issue.key}`,
    portalAnswers: portalAnswersOf(issue.properties, propertyKey),
    draft: appPropertyPart(issue.properties, propertyKey, 'draft'),
    linkedPullRequest: appPropertyPart(issue.properties, propertyKey, 'pullRequest'),
    requestTypeName:
      requestTypeField === null ? undefined : requestTypeNameOf(issue.fields[requestTypeField]),
  };
}

async function requestTypeFieldId(jira: JiraRest): Promise<string | null> {
  try {
    return (await fieldIds(jira)).requestType ?? null;
  } catch {
    // A site without the Approver groups field: the panel still works, routing reports the setup problem.
    return null;
  }
}

const RequestTypeValueSchema = z.looseObject({ requestType: z.looseObject({ name: z.string() }) });

function requestTypeNameOf(value: unknown): string | null {
  const parsed = RequestTypeValueSchema.safeParse(value);
  return parsed.success ? parsed.data.requestType.name : null;
}
