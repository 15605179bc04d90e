/**
 * DraftJiraPort over `asApp()` (consumers have no user, forge-platform.md §4): raise the customer request
 * on the developer's behalf, keep the app's issue property and the PR fields up to date. The Change request
 * type is discovered once and cached, so a drafted CR costs one create, one property and one notify.
 */
import api, { route } from '@forge/api';
import { kvs } from '@forge/kvs';
import { z } from 'zod';
import type { DraftJiraPort } from '../../app/github/github-ports';
import { KEYS } from '../kvs/storage-keys';
import { appPropertyKey } from './app-identity';
import { fieldIds } from './field-catalog';
import { JiraRest, type JiraRestOptions } from './jira-rest';

const PageSchema = <T extends z.ZodType>(item: T) => z.looseObject({ values: z.array(item) });
const DeskSchema = z.looseObject({ id: z.string() });
const RequestTypeSchema = z.looseObject({ id: z.string(), name: z.string() });
const CreatedSchema = z.looseObject({
  issueKey: z.string(),
  _links: z.looseObject({ agent: z.string().optional(), web: z.string().optional() }).optional(),
});
const UserSchema = z.looseObject({
  accountId: z.string(),
  accountType: z.string().optional(),
  active: z.boolean().optional(),
  emailAddress: z.string().optional(),
});
const TargetSchema = z.object({ serviceDeskId: z.string(), requestTypeId: z.string() });
const PropertySchema = z.looseObject({ value: z.unknown() });

/** The request type drafts are raised with: "Change" (the emergency type needs a person's judgement). */
const DRAFT_REQUEST_TYPE = 'change';

export function createJiraDraftGateway(options: JiraRestOptions = {}): DraftJiraPort {
  const jira = new JiraRest(api.asApp(), options);

  async function requestTarget(): Promise<z.infer<typeof TargetSchema>> {
    const cached = TargetSchema.safeParse(await kvs.get(KEYS.draftRequestType));
    if (cached.success) return cached.data;
    const desks = await jira.json(PageSchema(DeskSchema), route`/rest/servicedeskapi/servicedesk`);
    for (const desk of desks.values) {
      const types = await jira.json(
        PageSchema(RequestTypeSchema),
        route`/rest/servicedeskapi/servicedesk/${desk.id}/requesttype`,
      );
      const type = types.values.find((candidate) => candidate.name.toLowerCase() === DRAFT_REQUEST_TYPE);
      if (type !== undefined) {
        const target = { serviceDeskId: desk.id, requestTypeId: type.id };
        await kvs.set(KEYS.draftRequestType, target, { ttl: { value: 1, unit: 'DAYS' } });
        return target;
      }
    }
    throw new Error('No service desk has a "Change" request type: see the admin page\'s setup check.');
  }

  async function setFields(issueKey: string, values: Record<string, unknown>) {
    const ids = await fieldIds(jira);
    const fields: Record<string, unknown> = {};
    for (const [logical, value] of Object.entries(values)) {
      const id = ids[logical];
      if (id !== undefined) fields[id] = value;
    }
    await jira.send(
      route`/rest/api/3/issue/${issueKey}`,
      { method: 'PUT', body: JSON.stringify({ fields }) },
      [204],
    );
  }

  return {
    async accountIdForEmail(email) {
      const users = await jira.json(
        z.array(UserSchema),
        route`/rest/api/3/user/search?query=${email}&maxResults=10`,
      );
      const matches = users.filter(
        (user) =>
          user.active !== false &&
          user.accountType !== 'app' &&
          user.emailAddress?.toLowerCase() === email.toLowerCase(),
      );
      return matches.length === 1 ? (matches[0]?.accountId ?? null) : null;
    },

    async createRequest(input) {
      const target = await requestTarget();
      const ids = await fieldIds(jira);
      const requestFieldValues: Record<string, unknown> = {
        summary: input.summary,
        description: input.description,
      };
      const known: Record<string, unknown> = {
        affectedSystems: input.fields.affectedSystems,
        linkedPullRequest: input.fields.linkedPullRequest,
        testEvidence: input.fields.testEvidence,
      };
      for (const [logical, value] of Object.entries(known)) {
        const id = ids[logical];
        if (id !== undefined && value !== undefined) requestFieldValues[id] = value;
      }
      const created = await jira.json(
        CreatedSchema,
        route`/rest/servicedeskapi/request`,
        {
          method: 'POST',
          body: JSON.stringify({
            ...target,
            requestFieldValues,
            ...(input.raiseOnBehalfOf === null ? {} : { raiseOnBehalfOf: input.raiseOnBehalfOf }),
            ...(input.participants.length === 0 ? {} : { requestParticipants: input.participants }),
          }),
        },
        [201],
      );
      return {
        issueKey: created.issueKey,
        browseUrl: created._links?.agent ?? '',
        portalUrl: created._links?.web ?? created._links?.agent ?? '',
      };
    },

    async setAppProperty(issueKey, value) {
      await jira.send(
        route`/rest/api/3/issue/${issueKey}/properties/${appPropertyKey()}`,
        { method: 'PUT', body: JSON.stringify(value) },
        [200, 201],
      );
    },

    async getAppProperty(issueKey) {
      const response = await jira.send(
        route`/rest/api/3/issue/${issueKey}/properties/${appPropertyKey()}`,
        {},
        [200, 404],
      );
      if (response.status === 404) {
        await response.text();
        return undefined;
      }
      return PropertySchema.parse(await response.json()).value;
    },

    setLinkedPullRequest: (issueKey, value) => setFields(issueKey, { linkedPullRequest: value }),
    setTestEvidence: (issueKey, value) => setFields(issueKey, { testEvidence: value }),
    async setSummary(issueKey, summary) {
      await jira.send(
        route`/rest/api/3/issue/${issueKey}`,
        { method: 'PUT', body: JSON.stringify({ fields: { summary } }) },
        [204],
      );
    },
  };
}
