import { emptyResponse, jsonResponse } from '../../core/http-types';
import { requireAgent, requireIssue } from '../access';
import { platformError } from '../errors';
import type { JiraSite } from '../jira-site';
import { route, type Route } from '../router';

/** Issue property values are JSON of at most 32 768 characters (docs/platform-assumptions.md). */
export const MAX_PROPERTY_LENGTH = 32768;

/** PUT/GET/DELETE `/issue/{idOrKey}/properties/{key}` and the key list. */
export function issuePropertiesRoutes(site: JiraSite): Route[] {
  const base = '/rest/api/3/issue/:issueIdOrKey/properties';
  return [
    route('GET', base, ({ request, actor, params }) => {
      const issue = requireIssue(site, actor, params['issueIdOrKey'] ?? '', request.path);
      return jsonResponse(200, {
        keys: site.properties.list(issue.id).map((property) => ({
          self: `${site.baseUrl}/rest/api/3/issue/${issue.id}/properties/${encodeURIComponent(property.key)}`,
          key: property.key,
        })),
      });
    }),
    route('GET', `${base}/:propertyKey`, ({ request, actor, params }) => {
      const issue = requireIssue(site, actor, params['issueIdOrKey'] ?? '', request.path);
      const key = params['propertyKey'] ?? '';
      const property = site.properties.get(issue.id, key);
      if (property === undefined)
        throw platformError(404, [`The property with key '${key}' does not exist.`]);
      return jsonResponse(200, { key: property.key, value: property.value });
    }),
    route('PUT', `${base}/:propertyKey`, ({ request, actor, params }) => {
      const issue = requireIssue(site, actor, params['issueIdOrKey'] ?? '', request.path);
      requireAgent(site, actor, issue, 'edit issues');
      const key = params['propertyKey'] ?? '';
      if (key.length > 255)
        throw platformError(400, ['The property key cannot be longer than 255 characters.']);
      if (request.body.trim() === '') throw platformError(400, ['The property value cannot be empty.']);
      let value: unknown;
      try {
        value = JSON.parse(request.body);
      } catch {
        throw platformError(400, ['The property value must be a valid JSON.']);
      }
      const valueJson = JSON.stringify(value);
      if (valueJson.length > MAX_PROPERTY_LENGTH) {
        throw platformError(400, [
          `The value of the property with key '${key}' is too long. The maximum length is ${MAX_PROPERTY_LENGTH} characters.`,
        ]);
      }
      const created = site.properties.set(issue.id, key, valueJson);
      return jsonResponse(created ? 201 : 200, {});
    }),
    route('DELETE', `${base}/:propertyKey`, ({ request, actor, params }) => {
      const issue = requireIssue(site, actor, params['issueIdOrKey'] ?? '', request.path);
      requireAgent(site, actor, issue, 'edit issues');
      const key = params['propertyKey'] ?? '';
      if (!site.properties.delete(issue.id, key)) {
        throw platformError(404, [`The property with key '${key}' does not exist.`]);
      }
      return emptyResponse(204);
    }),
  ];
}
