/**
 * Frames of `jira:customField` modules: which experience renders the app's UI, and the extension context
 * Jira gives it (https://developer.atlassian.com/platform/forge/manifest-reference/modules/jira-custom-field/,
 * "Extension data": `type`, `entryPoint`, `fieldId`, `fieldType`, `fieldValue`, `issue.{id,key,type,typeId}`,
 * `project.{id,key,type}`, `renderContext`, `experience`, `issueTransition.id` (transition only), `portal.id`
 * and `request.typeId` as numbers ("Only available for `portal-view` and `portal-request` experiences"),
 * `location`).
 */
import { mayUseModule } from './account-access';
import { localIdOf, moduleFrame } from './module-frame';
import type { PageContext } from './pages/page-context';
import { extensionAri, type FieldExperience, type UiCustomField } from './ui-module-catalog';

/** A Forge field on a page: its module and the `customfield_` id Jira gave it. */
export interface ForgeFieldSlot {
  field: UiCustomField;
  fieldId: string;
}

/** Where a field frame renders: the experience and what Jira knows there. */
export interface FieldPlace {
  experience: FieldExperience;
  location: string;
  /** Absent on create experiences: there is no issue yet (the docs' validation example tests `issue == null`). */
  issue?: { id: string; key: string; type?: string | undefined; typeId?: string | undefined };
  project?: { id: string; key: string; type?: string | undefined };
  portal?: { portalId: string; requestTypeId: string };
  issueTransitionId?: string;
  /** Distinguishes the frame's localId from the same field's frames elsewhere. */
  place: string;
}

export type EntryPoint = 'edit' | 'view';

/**
 * Whether the app's UI renders the field here: the entry point has a resource and lists the experience
 * ("Jira will default to rendering the built-in field if a view or edit entry point lacks a defined
 * experience"), the field is editable if it is an edit ("Read-only fields can't be edited by users"), and the
 * viewer's account type may use the module (`unlicensedAccess`).
 */
export function appRendersField(
  ctx: PageContext,
  field: UiCustomField,
  entryPoint: EntryPoint,
  experience: FieldExperience,
): boolean {
  if (!mayUseModule(field.unlicensedAccess, ctx.viewer.accountType)) return false;
  if (entryPoint === 'edit') {
    if (field.readOnly) return false;
    return field.edit?.experiences.some((e) => e === experience) === true;
  }
  return field.view?.experiences.some((e) => e === experience) === true;
}

/** Numbers as the docs type them; the ids JSM answers are numeric strings. */
const asNumber = (id: string) => Number(id);

export function fieldExtension(
  ctx: PageContext,
  slot: ForgeFieldSlot,
  entryPoint: EntryPoint,
  value: unknown,
  place: FieldPlace,
): Record<string, unknown> {
  const extension: Record<string, unknown> = {
    type: 'jira:customField',
    entryPoint,
    fieldId: slot.fieldId,
    fieldType: extensionAri(ctx.catalog.appId, ctx.environmentId, slot.field.key),
    // Inferred: an empty field (and every field on a create form) has the value null.
    fieldValue: value ?? null,
    renderContext: place.experience,
    experience: place.experience,
  };
  if (place.issue) extension['issue'] = { ...place.issue };
  if (place.project) extension['project'] = { ...place.project };
  if (place.portal && (place.experience === 'portal-view' || place.experience === 'portal-request')) {
    extension['portal'] = { id: asNumber(place.portal.portalId) };
    extension['request'] = { typeId: asNumber(place.portal.requestTypeId) };
  }
  if (place.issueTransitionId !== undefined && place.experience === 'issue-transition') {
    extension['issueTransition'] = { id: place.issueTransitionId };
  }
  extension['location'] = place.location;
  return extension;
}

/** The iframe of a field's view or edit UI (check `appRendersField` first). */
export function fieldFrame(
  ctx: PageContext,
  slot: ForgeFieldSlot,
  entryPoint: EntryPoint,
  value: unknown,
  place: FieldPlace,
  options: { deferred?: boolean } = {},
): string {
  const resourceKey = entryPoint === 'edit' ? slot.field.edit?.resourceKey : slot.field.view?.resourceKey;
  if (resourceKey === undefined) throw new Error(`Field "${slot.field.key}" has no ${entryPoint} resource.`);
  return moduleFrame(ctx.signer, {
    module: { key: slot.field.key, resourceKey, title: slot.field.name },
    extension: fieldExtension(ctx, slot, entryPoint, value, place),
    localId: localIdOf(ctx.catalog.appId, ctx.environmentId, slot.field.key, `${place.place}-${entryPoint}`),
    submittable: entryPoint === 'edit',
    height: entryPoint === 'edit' ? 80 : 40,
    data: { 'field-id': slot.fieldId, 'entry-point': entryPoint, experience: place.experience },
    ...(options.deferred === true ? { deferred: true } : {}),
  });
}
