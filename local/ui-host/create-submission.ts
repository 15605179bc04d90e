/**
 * What a create form's Create button posts to the host (portal and agent create pages alike): the host
 * controls' text by field id, and for each Forge field whose edit UI called `view.submit`, its frame token
 * and the latest submitted value ("the value is held by the host form until Create", inferred, docs/platform-assumptions.md; and
 * jira-custom-field: "An issue is created only after the value has been submitted"). Fields never
 * submitted send nothing.
 */
import { z } from 'zod';

import { jsonResponse, type LocalRequest, type LocalResponse } from '../core/http-types';
import { mayUseModule } from './account-access';
import type { FrameSigner } from './frame-token';
import type { HostUser } from './ui-host-options';
import { extensionAri, type UiCatalog } from './ui-module-catalog';

/** What JSM says above the buttons when it refuses a form. */
export const FIX_THE_FORM = 'Fix the errors in the form: some fields need your attention.';

const bodySchema = z.object({
  fields: z.record(z.string(), z.string()),
  forgeFields: z.array(z.object({ frame: z.string(), value: z.unknown() })),
});
export type CreateSubmission = z.infer<typeof bodySchema>;

/** The custom field frame context a submission must carry (field-frames.ts builds it). */
const editFrameExtension = z.looseObject({
  type: z.literal('jira:customField'),
  entryPoint: z.literal('edit'),
  fieldId: z.string(),
  experience: z.string(),
  portal: z.looseObject({ id: z.number() }).optional(),
  request: z.looseObject({ typeId: z.number() }).optional(),
  project: z.looseObject({ key: z.string() }).optional(),
});
export type EditFrameExtension = z.infer<typeof editFrameExtension>;

export const formFailure = (
  status: number,
  code: string,
  message: string,
  fieldErrors?: Record<string, string>,
): LocalResponse =>
  jsonResponse(status, fieldErrors === undefined ? { code, message } : { code, message, fieldErrors });

export type Checked<T> = { ok: true; value: T } | { ok: false; response: LocalResponse };

export function parseSubmission(request: LocalRequest): Checked<CreateSubmission> {
  let raw: unknown;
  try {
    raw = JSON.parse(request.body);
  } catch {
    raw = undefined;
  }
  const body = bodySchema.safeParse(raw);
  if (body.success) return { ok: true, value: body.data };
  return {
    ok: false,
    response: formFailure(
      400,
      'BAD_SUBMIT',
      'The body must be JSON: { fields: { fieldId: text }, forgeFields: [{ frame, value }] }.',
    ),
  };
}

export interface ForgeValueCheck {
  catalog: UiCatalog;
  signer: FrameSigner;
  viewer: HostUser;
  /** The experience this form renders (`portal-request` or `issue-create`). */
  experience: string;
  /** Is this frame one this form rendered (same portal and request type, same project)? */
  belongsHere: (extension: EditFrameExtension) => boolean;
  /** The field ids on the form. */
  fieldIds: Set<string>;
}

/**
 * The Forge fields' values by field id, from submissions whose frame token this host signed for this form,
 * for a field on it, of a module the viewer may use. Anything else is refused: the page was not this one.
 */
export function forgeFieldValues(
  check: ForgeValueCheck,
  submissions: CreateSubmission['forgeFields'],
): Checked<Record<string, unknown>> {
  const values: Record<string, unknown> = {};
  for (const submission of submissions) {
    const frame = check.signer.verify(submission.frame);
    const extension = editFrameExtension.safeParse(frame?.extension);
    const field = check.catalog.fields.find((f) => f.key === frame?.moduleKey);
    if (
      !frame ||
      !extension.success ||
      field === undefined ||
      field.readOnly ||
      extension.data.experience !== check.experience ||
      !check.belongsHere(extension.data) ||
      !check.fieldIds.has(extension.data.fieldId) ||
      !mayUseModule(field.unlicensedAccess, check.viewer.accountType)
    ) {
      return {
        ok: false,
        response: formFailure(
          400,
          'BAD_SUBMIT',
          'A submitted field does not come from an app field of this form: reload the page.',
        ),
      };
    }
    values[extension.data.fieldId] = submission.value;
  }
  return { ok: true, value: values };
}

/**
 * The host controls' text as a value of the field: a Forge `number` field's default editor sends a number
 * when the text is one (otherwise the text, for Jira to refuse).
 */
export function typedText(
  catalog: UiCatalog,
  environmentId: string,
  custom: string | undefined,
  text: string,
): unknown {
  const field = catalog.fields.find((f) => extensionAri(catalog.appId, environmentId, f.key) === custom);
  if (field?.type === 'number' && text.trim() !== '' && Number.isFinite(Number(text))) return Number(text);
  return text;
}
