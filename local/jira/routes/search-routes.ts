import { createHash } from 'node:crypto';
import { z } from 'zod';
import { jsonResponse } from '../../core/http-types';
import type { Actor } from '../access';
import { canBrowse } from '../access';
import { INVALID_PAYLOAD, platformError } from '../errors';
import type { EntityPropertyIndex } from '../jql/entity-property-index';
import { evaluateJql } from '../jql/evaluate-jql';
import { JqlError, parseJql } from '../jql/parse-jql';
import type { JiraSite } from '../jira-site';
import { issueJson, parseFieldSelection } from '../representations/issue-json';
import { jsonBody, route, type Route } from '../router';
import { listParam } from './issues-routes';

const SearchBodySchema = z.looseObject({
  jql: z.string().optional(),
  nextPageToken: z.string().optional(),
  maxResults: z.number().int().min(0).optional(),
  fields: z.array(z.string()).optional(),
  expand: z.string().optional(),
  properties: z.array(z.string()).optional(),
});
const TokenSchema = z.object({ offset: z.number().int().min(0), jql: z.string() });

/** docs/platform-assumptions.md: the old search answers 410 with this message. */
const SEARCH_REMOVED =
  'The requested API has been removed. Please migrate to the /rest/api/3/search/jql API. A full migration guideline is available at https://developer.atlassian.com/changelog/#CHANGE-2046';
const UNBOUNDED =
  'Unbounded JQL queries are not allowed here. Please add a search restriction to your query.';

interface SearchInput {
  jql: string;
  nextPageToken: string | undefined;
  maxResults: number | undefined;
  fields: string[];
  expand: string[];
  properties: string[];
}

function jqlHash(jql: string): string {
  return createHash('sha256').update(jql).digest('base64url').slice(0, 16);
}

function decodeToken(token: string, jql: string): number {
  try {
    const parsed = TokenSchema.parse(JSON.parse(Buffer.from(token, 'base64url').toString('utf8')));
    if (parsed.jql === jqlHash(jql)) return parsed.offset;
  } catch {
    // fall through to the error below
  }
  throw platformError(400, ['The provided next page token is invalid or expired.']);
}

/**
 * `GET|POST /rest/api/3/search/jql` (docs/platform-assumptions.md): `nextPageToken` paging, no `total`, default fields `id`.
 * The JQL must be bounded; unsupported JQL fails with "Error in the JQL Query: ...".
 */
function search(site: JiraSite, properties: EntityPropertyIndex, actor: Actor, input: SearchInput) {
  let query;
  try {
    query = parseJql(input.jql);
  } catch (error) {
    if (error instanceof JqlError) throw platformError(400, [`Error in the JQL Query: ${error.message}`]);
    throw error;
  }
  if (query.clauses.length === 0) throw platformError(400, [UNBOUNDED]);
  let matches;
  try {
    matches = evaluateJql(site, actor, query, (issue) => canBrowse(site, actor, issue), properties);
  } catch (error) {
    if (error instanceof JqlError) throw platformError(400, [error.message]);
    throw error;
  }
  const fields = parseFieldSelection(input.fields, 'id');
  const idsOnly = input.fields.every((f) => f === 'id' || f === 'key');
  // 5000 ids per page, fewer when fields are returned (docs/platform-assumptions.md).
  const maxResults = Math.min(input.maxResults ?? 50, idsOnly ? 5000 : 100);
  const offset = input.nextPageToken === undefined ? 0 : decodeToken(input.nextPageToken, input.jql);
  const page = matches.slice(offset, offset + maxResults);
  const isLast = offset + maxResults >= matches.length;
  const view = { fields, expand: new Set(input.expand), properties: input.properties.slice(0, 5) };
  return {
    issues: page.map((issue) => issueJson(site, actor, issue, view)),
    ...(isLast
      ? {}
      : {
          nextPageToken: Buffer.from(
            JSON.stringify({ offset: offset + maxResults, jql: jqlHash(input.jql) }),
          ).toString('base64url'),
        }),
    isLast,
  };
}

/** `properties`: the issue property values the app's `jira:entityProperty` modules have Jira index. */
export function searchRoutes(site: JiraSite, properties: EntityPropertyIndex): Route[] {
  const removed = () => {
    throw platformError(410, [SEARCH_REMOVED]);
  };
  return [
    route('GET', '/rest/api/3/search/jql', ({ request, actor }) => {
      const max = request.query.get('maxResults');
      const maxResults = max === null ? undefined : Number(max);
      if (maxResults !== undefined && (!Number.isInteger(maxResults) || maxResults < 0)) {
        throw platformError(400, ["The 'maxResults' parameter must be a non-negative integer."]);
      }
      return jsonResponse(
        200,
        search(site, properties, actor, {
          jql: request.query.get('jql') ?? '',
          nextPageToken: request.query.get('nextPageToken') ?? undefined,
          maxResults,
          fields: listParam(request.query, 'fields'),
          expand: listParam(request.query, 'expand'),
          properties: listParam(request.query, 'properties'),
        }),
      );
    }),
    route('POST', '/rest/api/3/search/jql', ({ request, actor }) => {
      const body = SearchBodySchema.safeParse(jsonBody(request) ?? {});
      if (!body.success) throw platformError(400, [INVALID_PAYLOAD]);
      return jsonResponse(
        200,
        search(site, properties, actor, {
          jql: body.data.jql ?? '',
          nextPageToken: body.data.nextPageToken,
          maxResults: body.data.maxResults,
          fields: body.data.fields ?? [],
          expand: (body.data.expand ?? '').split(',').filter((e) => e !== ''),
          properties: body.data.properties ?? [],
        }),
      );
    }),
    route('POST', '/rest/api/3/search/approximate-count', ({ request, actor }) => {
      const body = SearchBodySchema.safeParse(jsonBody(request) ?? {});
      if (!body.success) throw platformError(400, [INVALID_PAYLOAD]);
      const result = search(site, properties, actor, {
        jql: body.data.jql ?? '',
        nextPageToken: undefined,
        maxResults: 5000,
        fields: ['id'],
        expand: [],
        properties: [],
      });
      return jsonResponse(200, { count: result.issues.length });
    }),
    route('GET', '/rest/api/3/search', removed),
    route('POST', '/rest/api/3/search', removed),
  ];
}
