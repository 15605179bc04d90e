/**
 * The app's custom fields in the issue view's Details: each through its `issue-view` view UI, with an edit
 * affordance that swaps in the `issue-view` edit UI, whose `view.submit(value)` saves the field as the person
 * and whose `view.close()` goes back (https://developer.atlassian.com/platform/forge/manifest-reference/modules/jira-custom-field/,
 * "Issue view": inline editing; "Read-only fields can't be edited by users").
 */
import { evaluateDisplayCondition, type ConditionFacts } from '../display-conditions';
import { appRendersField, fieldFrame, type FieldPlace, type ForgeFieldSlot } from '../field-frames';
import { forgeFieldText } from '../field-text';
import { escapeHtml } from '../html-escape';
import type { IssueSummary } from '../jira-lookups';
import type { PageContext } from './page-context';

const isEmpty = (value: unknown) =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

export function issueFieldPlace(
  ctx: PageContext,
  issue: IssueSummary,
): Omit<FieldPlace, 'experience' | 'place'> {
  const project = issue.fields.project;
  return {
    location: `${ctx.baseUrl}/browse/${encodeURIComponent(issue.key)}`,
    issue: {
      id: issue.id,
      key: issue.key,
      type: issue.fields.issuetype?.name,
      typeId: issue.fields.issuetype?.id,
    },
    ...(project === undefined
      ? {}
      : { project: { id: project.id, key: project.key, type: project.projectTypeKey } }),
  };
}

const placeOf = (ctx: PageContext, issue: IssueSummary, slot: ForgeFieldSlot): FieldPlace => ({
  ...issueFieldPlace(ctx, issue),
  experience: 'issue-view',
  place: `issue-${issue.id}-${slot.fieldId}`,
});

/**
 * The value part of a field's row. An empty field reads "None", as Jira's issue view shows empty fields
 * (inferred: whether Jira runs the app's view UI for an empty value is not documented).
 */
export function issueFieldViewHtml(
  ctx: PageContext,
  issue: IssueSummary,
  slot: ForgeFieldSlot,
  value: unknown,
): string {
  if (isEmpty(value)) return '<span class="muted">None</span>';
  if (appRendersField(ctx, slot.field, 'view', 'issue-view')) {
    return fieldFrame(ctx, slot, 'view', value, placeOf(ctx, issue, slot));
  }
  return `<span>${escapeHtml(forgeFieldText(slot.field, value))}</span>`;
}

/** The inline editor, loaded when the person presses Edit; undefined when the app gives no issue-view edit UI. */
export function issueFieldEditFrame(
  ctx: PageContext,
  issue: IssueSummary,
  slot: ForgeFieldSlot,
  value: unknown,
): string | undefined {
  if (!appRendersField(ctx, slot.field, 'edit', 'issue-view')) return undefined;
  return fieldFrame(ctx, slot, 'edit', value, placeOf(ctx, issue, slot), { deferred: true });
}

function fieldRow(ctx: PageContext, issue: IssueSummary, slot: ForgeFieldSlot): string {
  const value = issue.fields[slot.fieldId];
  const editor = issueFieldEditFrame(ctx, issue, slot, value);
  const id = escapeHtml(slot.fieldId);
  const edit =
    editor === undefined
      ? ''
      : `<button type="button" class="field-row__edit" data-field-edit="${id}" aria-label="Edit ${escapeHtml(slot.field.name)}">Edit</button>
<div class="field-row__editor" data-field-editor="${id}" hidden>${editor}</div>`;
  return `<div class="field-row" data-field-row="${id}" data-testid="field-row">
<span class="muted field-row__label">${escapeHtml(slot.field.name)}</span>
<div class="field-row__value">
<div class="field-row__view" data-field-view="${id}">${issueFieldViewHtml(ctx, issue, slot, value)}</div>
${edit}
<p class="field-error" data-field-error="${id}" role="alert" hidden></p>
</div>
</div>`;
}

/**
 * The rows of the app's fields the issue has in its `fields`. Custom field display conditions apply here
 * ("only on the issue view, and the global issue create (GIC) form").
 */
export function issueFieldRows(
  ctx: PageContext,
  issue: IssueSummary,
  slots: ForgeFieldSlot[],
  facts: ConditionFacts,
): string {
  return slots
    .filter((slot) => slot.fieldId in issue.fields)
    .filter(
      (slot) =>
        slot.field.displayConditions === undefined ||
        evaluateDisplayCondition(slot.field.displayConditions, facts),
    )
    .map((slot) => fieldRow(ctx, issue, slot))
    .join('\n');
}
