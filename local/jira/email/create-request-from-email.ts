import { canRaiseRequest } from '../access';
import { textToAdf } from '../fields/render-field-value';
import { createIssue } from '../issues/issue-mutations';
import type { JiraSite } from '../jira-site';
import type { StoredFields } from '../store/issues-store';
import type { RequestTypeRecord } from '../store/projects-store';

/** An email to the service desk's connected address, as the local host receives it. */
export interface IncomingEmail {
  fromEmail: string;
  subject: string;
  /** Plain text; it becomes the Description as ADF, one paragraph per line. */
  body: string;
  /** The request type linked to the connected email account. */
  requestTypeId: string;
}

/** What JSM's email channel did with the email. Every refusal says why. */
export type EmailRequestOutcome =
  | { kind: 'created'; issueId: string; issueKey: string; reporterAccountId: string }
  | { kind: 'unknown-sender'; fromEmail: string; reason: string }
  | { kind: 'not-created'; reason: string };

const CHANNEL_FIELDS = new Set(['summary', 'description']);

/**
 * JSM's email channel needs a request type whose required fields are Summary and Description only: "If you add
 * required fields to a request type linked to an email address, requests won't be created from customer emails",
 * and Description cannot be removed from such a request type
 * (https://support.atlassian.com/jira-service-management-cloud/docs/choose-suitable-request-type-for-connected-email-accounts/).
 */
function unsuitableBecause(type: RequestTypeRecord): string | undefined {
  const onType = new Set(type.fields.map((field) => field.fieldId));
  if (!onType.has('summary') || !onType.has('description')) {
    return `The request type '${type.name}' does not show both Summary and Description, which email requests need.`;
  }
  const required = type.fields.filter((field) => field.required && !CHANNEL_FIELDS.has(field.fieldId));
  if (required.length === 0) return undefined;
  const ids = required.map((field) => field.fieldId).join(', ');
  return `The request type '${type.name}' has required fields other than Summary and Description (${ids}); JSM does not create requests from email for it.`;
}

/**
 * What JSM's email channel does with a new email: the sender is the reporter, Summary is the subject, Description the
 * body, and no other field is set. The request is created as the sender and `avi:jira:created:issue` follows.
 * A sender the site does not know is reported, not signed up: the local host never creates accounts (JSM may, when
 * its customer permissions let anyone email; *inferred* as out of scope). *Inferred* too: an empty subject or one
 * longer than Summary's 255 characters is refused rather than rewritten, as the docs do not say what JSM does.
 */
export function createRequestFromEmail(site: JiraSite, email: IncomingEmail): EmailRequestOutcome {
  const type = site.projects.requestType(email.requestTypeId);
  const desk = type === undefined ? undefined : site.projects.serviceDesk(type.serviceDeskId);
  const project = desk === undefined ? undefined : site.projects.project(desk.projectId);
  if (type === undefined || desk === undefined || project === undefined) {
    return { kind: 'not-created', reason: `There is no request type with ID '${email.requestTypeId}'.` };
  }
  const unsuitable = unsuitableBecause(type);
  if (unsuitable !== undefined) return { kind: 'not-created', reason: unsuitable };
  const sender = site.users.userByEmail(email.fromEmail.trim());
  if (sender === undefined) {
    return {
      kind: 'unknown-sender',
      fromEmail: email.fromEmail,
      reason: `No active account on the site has the email address '${email.fromEmail}'; the local host does not create accounts.`,
    };
  }
  const actor = { kind: 'user', accountId: sender.accountId } as const;
  if (!canRaiseRequest(site, actor, desk.id, project.id)) {
    return {
      kind: 'not-created',
      reason: `${sender.displayName} may not raise requests in this service desk.`,
    };
  }
  const summary = email.subject.trim();
  if (summary === '' || summary.length > 255) {
    return {
      kind: 'not-created',
      reason: 'The subject must be 1 to 255 characters long: it becomes the Summary.',
    };
  }
  const fields: StoredFields = { summary };
  if (email.body.trim() !== '') fields['description'] = textToAdf(email.body);
  const issue = createIssue(site, actor, {
    project,
    requestTypeId: type.id,
    reporter: sender.accountId,
    fields,
    properties: [],
  });
  return {
    kind: 'created',
    issueId: String(issue.id),
    issueKey: issue.key,
    reporterAccountId: sender.accountId,
  };
}
