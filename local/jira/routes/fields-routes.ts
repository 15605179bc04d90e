import { jsonResponse } from '../../core/http-types';
import { canRaiseRequest, isAgent, type Actor } from '../access';
import type { FieldDefinition } from '../fields/field-definition';
import type { JiraSite } from '../jira-site';
import { route, type Route } from '../router';

/**
 * `GET /rest/api/3/field` (OpenAPI `getFields`): FieldDetails[] incl. the app's Forge custom fields
 * (docs/platform-assumptions.md). The answer depends on the caller: fields that cannot be placed on a screen or added to
 * the navigator are always returned, every other field only "if the field is used in at least one project that
 * the user has *Browse Projects* project permission for". In the stand-in every custom field is used in its one
 * service project, which its agents and the app browse, and so do the people with portal access (JSM's
 * permission schemes give Browse Projects to "Service project customer - portal access"; *inferred* for the
 * demo site); anyone else gets no custom field.
 */
function visibleTo(site: JiraSite, actor: Actor, field: FieldDefinition): boolean {
  const alwaysReturned = !field.navigable || !field.orderable;
  if (alwaysReturned || !field.custom) return true;
  return site.projects.allProjects().some((project) => {
    if (isAgent(site, actor, project.id)) return true;
    const desk = site.projects.serviceDeskOfProject(project.id);
    return desk !== undefined && canRaiseRequest(site, actor, desk.id, project.id);
  });
}

export function fieldsRoutes(site: JiraSite): Route[] {
  return [
    route('GET', '/rest/api/3/field', ({ actor }) =>
      jsonResponse(
        200,
        site.fields
          .all()
          .filter((field) => visibleTo(site, actor, field))
          .map((field) => ({
            id: field.id,
            key: field.id,
            name: field.name,
            custom: field.custom,
            orderable: field.orderable,
            navigable: field.navigable,
            searchable: field.searchable,
            clauseNames: field.clauseNames,
            schema: field.schema,
          })),
      ),
    ),
  ];
}
