/**
 * DraftJiraPort over `asApp()` (consumers have no user, docs/platform-assumptions.md): raise the customer request
 * on the developer's behalf with request-type fields only, then write the read-only Linked pull request
 * field through the app field value API (Edit issue and `requestFieldValues` refuse read-only fields). The
 * request type and its fields are discovered once and cached, so a drafted CR costs one create, one field
 * write, one property and one notify once caches are warm.
 */
import api, { route } from '@forge/api';
import { kvs } from '@forge/kvs';
import { z } from 'zod';
import type { DraftJiraPort, IssueRef } from '../../app/github/github-ports';
import { changeRequestKindOf } from '../../domain/policy';
import type { CabFieldKey } from '../../shared/cab-fields';
import { KEYS } from '../kvs/storage-keys';
import { appPropertyKey } from './app-identity';
import { writeCabFields } from './app-field-writer';
import { fieldIds } from './field-catalog';
import { JiraRest, type JiraRestOptions } from './jira-rest';

const PageSchema = <T extends z.ZodType>(item: T) => z.looseObject({ values: z.array(item) });
const DeskSchema = z.looseObject({ id: z.string() });
const RequestTypeSchema = z.looseObject({ id: z.string(), name: z.string() });
const RequestTypeFieldsSchema = z.looseObject({
  requestTypeFields: z.array(z.looseObject({ fieldId: z.string() })),
});
const CreatedSchema = z.looseObject({
  issueId: z.union([z.string(), z.number()]).transform(String),
  issueKey: z.string(),
  _links: z.looseObject({ agent: z.string().optional(), web: z.string().optional() }).optional(),
});
const UserSchema = z.looseObject({
  accountId: z.string(),
  displayName: z.string().optional(),
  accountType: z.string().optional(),
  active: z.boolean().optional(),
  emailAddress: z.string().optional(),
});
const IssueIdSchema = z.looseObject({ id: z.string() });
const TargetSchema = z.object({
  serviceDeskId: z.string(),
  requestTypeId: z.string(),
  fieldIds: z.array(z.string()),
});
type Target = z.infer<typeof TargetSchema>;

export function createJiraDraftGateway(options: JiraRestOptions = {}): DraftJiraPort {
  const jira = new JiraRest(api.asApp(), options);

  async function requestTarget(
    types: Parameters<DraftJiraPort['createRequest']>[0]['changeRequestTypes'],
  ): Promise<Target> {
    const cached = TargetSchema.safeParse(await kvs.get(KEYS.draftRequestType));
    if (cached.success) return cached.data;
    const desks = await jira.json(PageSchema(DeskSchema), route`/rest/servicedeskapi/servicedesk`);
    for (const desk of desks.values) {
      const found = await jira.json(
        PageSchema(RequestTypeSchema),
        route`/rest/servicedeskapi/servicedesk/${desk.id}/requesttype`,
      );
      // A draft is a normal change until a person says otherwise (an emergency needs their judgement).
      const type = found.values.find((candidate) => changeRequestKindOf(types, candidate) === 'change');
      if (type === undefined) continue;
      const fields = await jira.json(
        RequestTypeFieldsSchema,
        route`/rest/servicedeskapi/servicedesk/${desk.id}/requesttype/${type.id}/field`,
      );
      const target = {
        serviceDeskId: desk.id,
        requestTypeId: type.id,
        fieldIds: fields.requestTypeFields.map((field) => field.fieldId),
      };
      await kvs.set(KEYS.draftRequestType, target, { ttl: { value: 1, unit: 'DAYS' } });
      return target;
    }
    throw new Error(
      'No service desk has a change request type of the policy: see the admin page\'s "Request types" tab and setup check.',
    );
  }

  async function issueIdOf(issue: IssueRef): Promise<string> {
    if (issue.id !== undefined) return issue.id;
    return (await jira.json(IssueIdSchema, route`/rest/api/3/issue/${issue.key}?fields=summary`)).id;
  }

  async function writeFields(issue: IssueRef, values: Partial<Record<CabFieldKey, unknown>>) {
    await writeCabFields(jira, await issueIdOf(issue), values);
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

    async person(accountId) {
      const response = await jira.send(route`/rest/api/3/user?accountId=${accountId}`, {}, [200, 404]);
      const parsed = UserSchema.safeParse(await response.json());
      if (response.status !== 200 || !parsed.success) return null;
      const user = parsed.data;
      if (user.active === false || user.accountType === 'app') return null;
      return { accountId: user.accountId, displayName: user.displayName ?? user.accountId };
    },

    async writeDraftFields(issue, input) {
      // The read-only PR field, and any field left off the request type (an admin's choice), in one write.
      const target = await requestTarget(input.changeRequestTypes);
      const ids = await fieldIds(jira);
      const missed = Object.fromEntries(
        Object.entries(input.fields).filter(([logical]) => {
          const id = ids[logical];
          return id !== undefined && !target.fieldIds.includes(id);
        }),
      );
      await writeCabFields(jira, await issueIdOf(issue), {
        ...missed,
        linkedPullRequest: input.linkedPullRequest,
      });
    },

    async createRequest(input) {
      const target = await requestTarget(input.changeRequestTypes);
      const ids = await fieldIds(jira);
      const requestFieldValues: Record<string, unknown> = {
        summary: input.summary,
        description: input.description,
      };
      // Only fields that are on the request type: JSM refuses any other (docs/platform-assumptions.md).
      for (const [logical, value] of Object.entries(input.fields)) {
        const id = ids[logical];
        if (id !== undefined && target.fieldIds.includes(id)) requestFieldValues[id] = value;
      }
      const created = await jira.json(
        CreatedSchema,
        route`/rest/servicedeskapi/request`,
        {
          method: 'POST',
          body: JSON.stringify({
            serviceDeskId: target.serviceDeskId,
            requestTypeId: target.requestTypeId,
            requestFieldValues,
            ...(input.raiseOnBehalfOf === null ? {} : { raiseOnBehalfOf: input.raiseOnBehalfOf }),
            ...(input.participants.length === 0 ? {} : { requestParticipants: input.participants }),
          }),
        },
        [201],
      );
      return {
        issueKey: created.issueKey,
        issueId: created.issueId,
        browseUrl: created._links?.agent ?? '',
        portalUrl: created._links?.web ?? created._links?.agent ?? '',
      };
    },

    async setDraftMarker(issueKey, marker) {
      await jira.send(
        route`/rest/api/3/issue/${issueKey}/properties/${appPropertyKey()}`,
        { method: 'PUT', body: JSON.stringify({ draft: marker }) },
        [200, 201],
      );
    },

    async clearDraftMarker(issueKey) {
      await jira.send(
        route`/rest/api/3/issue/${issueKey}/properties/${appPropertyKey()}`,
        { method: 'DELETE' },
        [204, 404],
      );
    },

    setLinkedPullRequest: (issue, value) => writeFields(issue, { linkedPullRequest: value }),
    setTestEvidence: (issue, value) => writeFields(issue, { testEvidence: value }),

    async setReporter(issueKey, accountId) {
      await jira.send(
        route`/rest/api/3/issue/${issueKey}`,
        { method: 'PUT', body: JSON.stringify({ fields: { reporter: { accountId } } }) },
        [204],
      );
    },
  };
}
