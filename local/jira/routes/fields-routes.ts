import { jsonResponse } from '../../core/http-types';
import type { JiraSite } from '../jira-site';
import { route, type Route } from '../router';

/** `GET /rest/api/3/field`: FieldDetails[] incl. the app's Forge custom fields (rest-shapes.md §2.6). */
export function fieldsRoutes(site: JiraSite): Route[] {
  return [
    route('GET', '/rest/api/3/field', () =>
      jsonResponse(
        200,
        site.fields.all().map((field) => ({
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
