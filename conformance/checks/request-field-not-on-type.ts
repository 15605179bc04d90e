/**
 * `requestFieldValues` "only accepts fields on that request type" (docs/platform-assumptions.md, jira.js doc
 * comment of createCustomerRequest); the app relies on it to know that only the form's fields reach a
 * request (README "Any channel raises a change request": JSM refuses fields not on the request type). The
 * field used is a site field that the request type does not list: Labels, else Approver groups.
 */
import { CONFORMANCE_LABEL, SUMMARY_PREFIX } from '../context/check-context';
import { Prerequisite, pass, type Check } from './check';
import { expectRefusedRequest, namesField } from './expect-refused-request';

export const requestFieldNotOnType: Check = {
  id: 'request-field-not-on-type',
  title: "A requestFieldValues field not on the request type answers 400 with JSM's error shape",
  async run(ctx) {
    const { fields, requestType } = await ctx.serviceDesk();
    const catalog = await ctx.fieldCatalog();
    const onType = new Set(fields.map((field) => field.fieldId));
    const candidates: { id: string; name: string; value: unknown }[] = [
      { id: 'labels', name: 'Labels', value: [CONFORMANCE_LABEL] },
      ...(catalog.approverGroups === undefined
        ? []
        : [
            {
              id: catalog.approverGroups.id,
              name: catalog.approverGroups.name,
              value: [{ name: 'jira-administrators' }],
            },
          ]),
    ];
    const field = candidates.find((candidate) => catalog.ids.has(candidate.id) && !onType.has(candidate.id));
    if (field === undefined) {
      throw new Prerequisite(
        `request type "${requestType.name}" lists every candidate field (${candidates.map((c) => c.id).join(', ')}), so none is "not on the type"`,
      );
    }
    const { errorMessage } = await expectRefusedRequest(
      ctx,
      { summary: `${SUMMARY_PREFIX} field not on the request type`, [field.id]: field.value },
      'field not on the request type',
      `${field.id} is not on request type "${requestType.name}"`,
    );
    return pass(`sent ${field.id}`, namesField(errorMessage, field));
  },
};
