/**
 * What the checks share: the HTTP client, who signs in, the options, and fixtures read or created once
 * (the field list, the service desk, test requests). Everything the kit creates is a request in the chosen
 * project whose summary starts with SUMMARY_PREFIX and, where Jira lets the admin add it, the label
 * CONFORMANCE_LABEL; `cleanup()` deletes it. Writes go only to issues the kit created (`ownIssue`).
 */
import type { z } from 'zod';
import { Mismatch, Prerequisite } from '../checks/check';
import { describeResponse, type JiraHttp, type JiraResponse, type Person } from '../http/jira-http';
import { CustomerRequestSchema, FieldListSchema, MyselfSchema, parseBody } from '../http/jira-shapes';
import type { AppManifestFacts } from './app-manifest';
import { fieldCatalogOf, type FieldCatalog } from './field-catalog';
import { discoverServiceDesk, type ServiceDeskFacts } from './service-desk';

export const SUMMARY_PREFIX = '[async-cab conformance]';
export const CONFORMANCE_LABEL = 'async-cab-conformance';

export interface People {
  /** Reads and edits as an agent of the project (Jira admin on a real site). */
  admin: Person;
  /** Raises the test requests; the admin unless another requester is given. */
  requester: Person;
  /** A member of the approver group. */
  approver: Person | undefined;
  /** Someone who may see the request but is not in the approver group. */
  other: Person | undefined;
}

export interface KitSettings {
  http: JiraHttp;
  target: 'local' | 'site';
  projectKey: string;
  requestTypeName: string;
  approvalStatusName: string;
  approverGroupName: string | undefined;
  people: People;
  manifest: AppManifestFacts;
  /**
   * Lets the app react to what the kit just did. Locally: the host's `settle()` (product events and queue
   * deliveries run); on a site Forge delivers events when it does, so nothing is awaited.
   */
  settle: () => Promise<void>;
  /** What to pass to supply a missing person, for skip messages (e.g. "--approver-email and --approver-token"). */
  howToGive: (role: 'approver' | 'other' | 'approverGroup') => string;
}

export interface CreatedIssue {
  key: string;
  id: string;
  name: string;
}

export interface Account {
  accountId: string;
  displayName: string;
}

/** The approval opened by `approval-opens`, answered by the two approval checks after it. */
export interface ApprovalFixture {
  issueKey: string;
  approvalId: string;
  groupId: string;
  approverAccountIds: string[];
}

export class CheckContext {
  readonly http: JiraHttp;
  readonly settings: KitSettings;
  readonly created: CreatedIssue[] = [];
  /** Things worth saying about the run that belong to no check (e.g. a label that could not be added). */
  readonly runNotes: string[] = [];
  approval: ApprovalFixture | undefined;
  private fields: Promise<FieldCatalog> | undefined;
  private desk: Promise<ServiceDeskFacts> | undefined;
  private readonly accounts = new Map<string, Promise<Account>>();
  private readonly requests = new Map<string, Promise<CreatedIssue>>();

  constructor(settings: KitSettings) {
    this.settings = settings;
    this.http = settings.http;
  }

  get people(): People {
    return this.settings.people;
  }

  /** Fails the check (Mismatch) unless the status is one of `expected`. */
  expectStatus(response: JiraResponse, expected: readonly number[], what: string): void {
    if (!expected.includes(response.status)) {
      throw new Mismatch(`${what}: expected ${expected.join(' or ')}, ${describeResponse(response)}`);
    }
  }

  /** The body in the shape the app reads, or a Mismatch naming what was seen. */
  body<T>(schema: z.ZodType<T>, response: JiraResponse, what: string): T {
    const parsed = parseBody(schema, response);
    if (!parsed.ok) throw new Mismatch(`${what}: unexpected shape (${parsed.seen})`);
    return parsed.data;
  }

  /** `GET /rest/api/3/myself` as that person, once (every caller gets the same promise and failure). */
  account(person: Person): Promise<Account> {
    const known = this.accounts.get(person.email);
    if (known !== undefined) return known;
    const reading = (async () => {
      const response = await this.http.get(person, '/rest/api/3/myself');
      const parsed = parseBody(MyselfSchema, response);
      if (!parsed.ok) throw new Prerequisite(`cannot read the ${person.name}'s account: ${parsed.seen}`);
      return { accountId: parsed.data.accountId, displayName: parsed.data.displayName };
    })();
    this.accounts.set(person.email, reading);
    return reading;
  }

  /** `GET /rest/api/3/field` read by the admin (the app reads it as itself, which sees every field). */
  async fieldCatalog(): Promise<FieldCatalog> {
    try {
      this.fields ??= (async () => {
        const response = await this.http.get(this.people.admin, '/rest/api/3/field');
        return fieldCatalogOf(
          this.body(FieldListSchema, response, 'GET /rest/api/3/field'),
          this.settings.manifest.fields,
        );
      })();
      return await this.fields;
    } catch (error) {
      throw asPrerequisite('the field list (GET /rest/api/3/field)', error);
    }
  }

  /** The id of one of the app's Forge fields, or skipped: on a site it exists only once the app is installed. */
  async forgeField(moduleKey: string): Promise<{ id: string; name: string }> {
    const catalog = await this.fieldCatalog();
    const field = catalog.forge.get(moduleKey);
    if (field === undefined) {
      throw new Prerequisite(
        this.settings.target === 'site'
          ? `the app's field ${moduleKey} is not on this site: Forge creates it when the app is installed`
          : `the app's field ${moduleKey} is not in the field list (see field-discovery-forge)`,
      );
    }
    return field;
  }

  async appFieldsInstalled(): Promise<boolean> {
    return (await this.fieldCatalog()).forge.size > 0;
  }

  async serviceDesk(): Promise<ServiceDeskFacts> {
    try {
      this.desk ??= discoverServiceDesk(
        this.http,
        this.people.admin,
        this.settings.projectKey,
        this.settings.requestTypeName,
      );
      return await this.desk;
    } catch (error) {
      throw asPrerequisite('the service desk and its request type', error);
    }
  }

  /**
   * Raises a request of the chosen type as the requester (`POST /rest/servicedeskapi/request`), labels it
   * and lets the app react. A non-201 answer is a Mismatch (the caller decides what it means).
   */
  async createRequest(name: string, values: Record<string, unknown> = {}): Promise<CreatedIssue> {
    const { desk, requestType } = await this.serviceDesk();
    const response = await this.postRequest({ summary: `${SUMMARY_PREFIX} ${name}`, ...values }, name);
    this.expectStatus(response, [201], `raising "${name}" (POST /rest/servicedeskapi/request)`);
    const created = this.body(CustomerRequestSchema, response, 'the created request');
    if (created.requestTypeId !== requestType.id || created.serviceDeskId !== desk.id) {
      throw new Mismatch(
        `the created request ${created.issueKey} names request type ${created.requestTypeId} of desk ${created.serviceDeskId}, not ${requestType.id} of ${desk.id}`,
      );
    }
    const issue = this.created.find((known) => known.key === created.issueKey);
    if (issue === undefined) throw new Error(`${created.issueKey} was not recorded`);
    await this.label(issue);
    await this.settings.settle();
    return issue;
  }

  /**
   * `POST /rest/servicedeskapi/request` with these `requestFieldValues`. Any request it creates is recorded
   * for cleanup, including one a check expected to be refused.
   */
  async postRequest(requestFieldValues: Record<string, unknown>, name: string): Promise<JiraResponse> {
    const { desk, requestType } = await this.serviceDesk();
    const response = await this.http.post(this.people.requester, '/rest/servicedeskapi/request', {
      serviceDeskId: desk.id,
      requestTypeId: requestType.id,
      requestFieldValues,
    });
    if (response.status === 201) {
      const created = parseBody(CustomerRequestSchema, response);
      if (created.ok) this.created.push({ key: created.data.issueKey, id: created.data.issueId, name });
    }
    return response;
  }

  /** A summary-only request shared by the checks that only need some request of the type. */
  request(name: string): Promise<CreatedIssue> {
    const known = this.requests.get(name);
    if (known !== undefined) return known;
    const creating = this.createRequest(name).catch((error: unknown) => {
      throw asPrerequisite(`a test request ("${name}")`, error);
    });
    this.requests.set(name, creating);
    return creating;
  }

  /** Refuses to touch an issue the kit did not create: on a real site nothing else may change. */
  ownIssue(key: string): CreatedIssue {
    const issue = this.created.find((known) => known.key === key);
    if (issue === undefined) throw new Error(`refusing to write to ${key}: the kit did not create it`);
    return issue;
  }

  /** Adds the label with Edit issue as the admin (`update.labels.add`); a refusal is noted, not failed. */
  private async label(issue: CreatedIssue): Promise<void> {
    const response = await this.http.put(
      this.people.admin,
      `/rest/api/3/issue/${encodeURIComponent(this.ownIssue(issue.key).key)}`,
      { update: { labels: [{ add: CONFORMANCE_LABEL }] } },
    );
    if (response.status !== 204) {
      this.runNotes.push(`could not label ${issue.key} ${CONFORMANCE_LABEL}: ${describeResponse(response)}`);
    }
  }

  /** Deletes what the kit created (`DELETE /rest/api/3/issue/{key}`, OpenAPI deleteIssue: 204). */
  async cleanup(): Promise<{ deleted: string[]; left: { key: string; why: string }[] }> {
    const deleted: string[] = [];
    const left: { key: string; why: string }[] = [];
    for (const issue of [...this.created].reverse()) {
      if (!issue.key.startsWith(`${this.settings.projectKey}-`)) {
        left.push({ key: issue.key, why: `not in project ${this.settings.projectKey}, so not touched` });
        continue;
      }
      try {
        const response = await this.http.delete(
          this.people.admin,
          `/rest/api/3/issue/${encodeURIComponent(issue.key)}`,
        );
        if (response.status === 204) deleted.push(issue.key);
        else left.push({ key: issue.key, why: describeResponse(response) });
      } catch (error) {
        left.push({ key: issue.key, why: error instanceof Error ? error.message : String(error) });
      }
    }
    return { deleted, left };
  }
}

function asPrerequisite(what: string, error: unknown): Prerequisite {
  if (error instanceof Prerequisite) return error;
  return new Prerequisite(
    `needs ${what}, which failed: ${error instanceof Error ? error.message : String(error)}`,
  );
}
