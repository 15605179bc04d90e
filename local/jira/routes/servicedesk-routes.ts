import { jsonResponse } from '../../core/http-types';
import { isAgent } from '../access';
import { jsmError } from '../errors';
import type { JiraSite } from '../jira-site';
import { jsmPage } from '../representations/pages';
import { requestTypeJson, serviceDeskJson } from '../representations/servicedesk-json';
import { intParam, route, type Route } from '../router';
import type { RequestTypeRecord } from '../store/projects-store';

/** Text fields are `string` in servicedeskapi bodies (docs/platform-assumptions.md), whatever their v3 shape. */
function jiraSchemaOf(site: JiraSite, fieldId: string): Record<string, unknown> {
  const field = site.fields.byId(fieldId);
  if (field === undefined) return { type: 'string' };
  if (!field.custom) return { type: field.schema.type, system: field.schema.system ?? field.id };
  return { ...field.schema };
}

/**
 * JSM `RequestTypeField`s: `description` is the field's own (a Forge field's manifest `description`) and
 * `jiraSchema.custom` of a Forge field is its extension ARI. A read-only Forge field is never listed: read-only
 * fields "won't be rendered on … Jira Service Management portal requests"
 * (https://developer.atlassian.com/platform/forge/manifest-reference/modules/jira-custom-field/#read-only-fields).
 */
export function requestTypeFieldsJson(site: JiraSite, type: RequestTypeRecord): Record<string, unknown>[] {
  return type.fields.flatMap(({ fieldId, required }) => {
    const field = site.fields.byId(fieldId);
    if (field === undefined || field.value?.readOnly === true) return [];
    return [
      {
        fieldId,
        name: field.name,
        description: field.description,
        required,
        visible: true,
        jiraSchema: jiraSchemaOf(site, fieldId),
        validValues: [],
        defaultValues: [],
        presetValues: [],
      },
    ];
  });
}

/** Service desks, request types and their fields (docs/platform-assumptions.md). */
export function serviceDeskRoutes(site: JiraSite): Route[] {
  const requireDesk = (id: string) => {
    const desk = site.projects.serviceDesk(id);
    if (desk === undefined) {
      throw jsmError(
        404,
        'The service desk does not exist or you do not have permission to access it.',
        'sd.servicedesk.error.notfound',
      );
    }
    return desk;
  };
  const requireType = (serviceDeskId: string, requestTypeId: string) => {
    const desk = requireDesk(serviceDeskId);
    const type = site.projects.requestType(requestTypeId);
    if (type === undefined || type.serviceDeskId !== desk.id) {
      throw jsmError(
        404,
        'The request type does not exist or you do not have permission to access it.',
        'sd.requesttype.error.notfound',
      );
    }
    return { desk, type };
  };
  return [
    route('GET', '/rest/servicedeskapi/servicedesk', ({ request }) => {
      const desks = site.projects.allServiceDesks().map((desk) => serviceDeskJson(site, desk));
      const start = intParam(request, 'start', 0);
      const limit = intParam(request, 'limit', 50, 100);
      return jsonResponse(200, jsmPage(site, request.path, desks, start, limit));
    }),
    route('GET', '/rest/servicedeskapi/servicedesk/:serviceDeskId', ({ params }) =>
      jsonResponse(200, serviceDeskJson(site, requireDesk(params['serviceDeskId'] ?? ''))),
    ),
    route('GET', '/rest/servicedeskapi/servicedesk/:serviceDeskId/requesttype', ({ request, params }) => {
      const desk = requireDesk(params['serviceDeskId'] ?? '');
      const search = (request.query.get('searchQuery') ?? '').toLowerCase();
      const types = site.projects
        .requestTypes(desk.id)
        .filter((type) => type.name.toLowerCase().includes(search))
        .map((type) => requestTypeJson(site, type));
      const start = intParam(request, 'start', 0);
      const limit = intParam(request, 'limit', 50, 100);
      return jsonResponse(200, jsmPage(site, request.path, types, start, limit));
    }),
    route('GET', '/rest/servicedeskapi/servicedesk/:serviceDeskId/requesttype/:requestTypeId', ({ params }) =>
      jsonResponse(
        200,
        requestTypeJson(site, requireType(params['serviceDeskId'] ?? '', params['requestTypeId'] ?? '').type),
      ),
    ),
    route(
      'GET',
      '/rest/servicedeskapi/servicedesk/:serviceDeskId/requesttype/:requestTypeId/field',
      ({ actor, params }) => {
        const { desk, type } = requireType(params['serviceDeskId'] ?? '', params['requestTypeId'] ?? '');
        const agent = isAgent(site, actor, desk.projectId);
        return jsonResponse(200, {
          requestTypeFields: requestTypeFieldsJson(site, type),
          canRaiseOnBehalfOf: agent,
          canAddRequestParticipants: agent,
        });
      },
    ),
  ];
}
