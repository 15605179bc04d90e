import { z } from 'zod';

import { jsonResponse, type LocalResponse } from '../core/http-types';
import type { LocalQueue } from './local-queue';

/**
 * Calls @forge/api and @forge/events send as the app to Atlassian's API gateway (`remote: 'stargate'`):
 * webtrigger URL GraphQL (`@forge/api/out/webTrigger.js`) and the async-events endpoints
 * (`@forge/events/out/queries.js`: `/webhook/queue/{publish,stats,cancel}/{contextAri}/…`, the
 * placeholders are sent literally). Anything else is refused with a clear error.
 */
export interface StargateDeps {
  queue: LocalQueue;
  webtriggerUrls(): { moduleKey: string; url: string }[];
}

const graphqlRequest = z.object({
  query: z.string(),
  variables: z.record(z.string(), z.unknown()).optional(),
});
const createUrlVariables = z.object({ input: z.looseObject({ triggerKey: z.string() }) });

function graphql(deps: StargateDeps, rawBody: string): LocalResponse {
  const parsed = graphqlRequest.safeParse(JSON.parse(rawBody));
  if (!parsed.success) return jsonResponse(400, { errors: [{ message: 'Invalid GraphQL request.' }] });
  const { query, variables } = parsed.data;
  const urls = deps.webtriggerUrls();
  if (query.includes('createWebTriggerUrl')) {
    const vars = createUrlVariables.safeParse(variables);
    const found = vars.success ? urls.find((u) => u.moduleKey === vars.data.input.triggerKey) : undefined;
    if (!found) {
      const key = vars.success ? vars.data.input.triggerKey : '?';
      return jsonResponse(200, {
        data: null,
        errors: [{ message: `No webtrigger module "${key}" in manifest.yml.` }],
      });
    }
    return jsonResponse(200, { data: { createWebTriggerUrl: { url: found.url } } });
  }
  if (query.includes('webTriggerUrlsByAppContext')) {
    return jsonResponse(200, {
      data: { webTriggerUrlsByAppContext: urls.map((u) => ({ triggerKey: u.moduleKey, url: u.url })) },
    });
  }
  if (query.includes('deleteWebTriggerUrl')) {
    // URLs are derived from the module key; deleting one changes nothing locally.
    return jsonResponse(200, { data: { deleteWebTriggerUrl: { success: true, message: null } } });
  }
  throw new Error(
    `Local Forge runtime: unsupported GraphQL operation sent as the app: ${query.trim().slice(0, 80)}`,
  );
}

export function routeStargate(deps: StargateDeps, path: string, rawBody: string): LocalResponse {
  if (path === '/graphql') return graphql(deps, rawBody);
  if (path.startsWith('/webhook/queue/publish/')) return deps.queue.push(rawBody);
  if (path.startsWith('/webhook/queue/stats/')) return deps.queue.stats(rawBody);
  if (path.startsWith('/webhook/queue/cancel/')) return deps.queue.cancel(rawBody);
  throw new Error(`Local Forge runtime: no local route for the Atlassian API path ${path}.`);
}
