/**
 * JSM's own fields the app writes and reads are found in `GET /rest/api/3/field` by their types
 * (docs/platform-assumptions.md "the usual way to discover the site's customfield_NNNNN" the field types), as
 * src/adapters/jira/field-catalog.ts finds them: Approver groups (multigrouppicker, named "Approver groups")
 * drives the approval; the Request Type field (`com.atlassian.servicedesk:vp-origin`) tells a change request.
 */
import { APPROVER_GROUPS_NAME, MULTI_GROUP_PICKER, REQUEST_TYPE_FIELD } from '../context/field-catalog';
import { fail, pass, Prerequisite, type Check } from './check';

export const fieldDiscoveryJsm: Check = {
  id: 'field-discovery-jsm',
  title: 'GET /rest/api/3/field lists Approver groups (multigrouppicker) and Request Type (vp-origin)',
  async run(ctx) {
    let catalog;
    try {
      catalog = await ctx.fieldCatalog();
    } catch (error) {
      if (error instanceof Prerequisite) return fail(error.message);
      throw error;
    }
    const missing = [
      ...(catalog.approverGroups === undefined
        ? [`"${APPROVER_GROUPS_NAME}" with schema.custom ${MULTI_GROUP_PICKER}`]
        : []),
      ...(catalog.requestType === undefined ? [`a field with schema.custom ${REQUEST_TYPE_FIELD}`] : []),
    ];
    if (missing.length > 0)
      return fail(`no ${missing.join(', no ')} among ${String(catalog.ids.size)} fields`);
    return pass(
      `Approver groups is ${catalog.approverGroups?.id ?? ''}, Request Type is ${catalog.requestType?.id ?? ''}`,
    );
  },
};
