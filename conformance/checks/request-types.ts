/**
 * The app reads the project's service desk, its request types and each type's fields from JSM
 * (src/adapters/jira/request-type-catalog.ts, setup-facts.ts): `GET /rest/servicedeskapi/servicedesk`
 * `{id, projectId, projectKey}`, `…/requesttype` `{id, name, issueTypeId}`, `…/requesttype/{id}/field`
 * `requestTypeFields[{fieldId, name, required, visible, jiraSchema}]` (jira.js `ServiceDeskSchema`,
 * `RequestTypeSchema`, `CustomerRequestCreateMetaSchema`; docs/platform-assumptions.md). A Forge field on the form
 * carries its extension ARI in `jiraSchema.custom` (*inferred*: the same value as in `GET /field`).
 */
import { Prerequisite, fail, pass, type Check } from './check';

export const requestTypes: Check = {
  id: 'request-types',
  title: 'Service desk, request types and request type fields (servicedeskapi) of the project',
  async run(ctx) {
    let facts;
    try {
      facts = await ctx.serviceDesk();
    } catch (error) {
      if (error instanceof Prerequisite) return fail(error.message);
      throw error;
    }
    const { desk, requestType, fields } = facts;
    const summary = fields.find((field) => field.fieldId === 'summary');
    if (summary === undefined) {
      return fail(
        `request type "${requestType.name}" lists no summary field (${fields.map((f) => f.fieldId).join(', ')})`,
      );
    }
    const notes = [
      `service desk ${desk.id} (project ${desk.projectKey}), request type "${requestType.name}" = ${requestType.id}${requestType.practice === undefined ? '' : `, practice ${requestType.practice}`}`,
    ];
    const catalog = await ctx.fieldCatalog();
    const onForm = [...catalog.forge.values()].filter((forge) => fields.some((f) => f.fieldId === forge.id));
    const wrongSchema = onForm.filter(
      (forge) => fields.find((f) => f.fieldId === forge.id)?.jiraSchema.custom !== forge.custom,
    );
    if (wrongSchema.length > 0) {
      return fail(
        `jiraSchema.custom of ${wrongSchema.map((f) => f.id).join(', ')} differs from schema.custom in GET /rest/api/3/field`,
        ...notes,
      );
    }
    const readOnlyOnForm = onForm.filter((forge) => forge.module.readOnly);
    if (readOnlyOnForm.length > 0) {
      return fail(
        `the read-only field(s) ${readOnlyOnForm.map((f) => `${f.module.key} (${f.id})`).join(', ')} are on the request type; Forge does not render read-only fields on portal requests`,
        ...notes,
      );
    }
    const editable = ctx.settings.manifest.fields.filter((module) => !module.readOnly);
    const absent = editable.filter((module) => !onForm.some((forge) => forge.module.key === module.key));
    if (catalog.forge.size > 0 && absent.length > 0) {
      notes.push(
        `not on the request type's form (setup, not Jira): ${absent.map((module) => module.key).join(', ')}`,
      );
    }
    return pass(...notes);
  },
};
