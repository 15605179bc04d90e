import { z } from 'zod';

/**
 * Which JSM request types are change requests (docs/architecture.md, flow 1): a request of one of these types is routed
 * from whatever channel raised it; a request of any other type is never touched.
 */
export const changeRequestTypeSchema = z.strictObject({
  name: z.string().trim().min(1, { error: 'The request type needs its name, e.g. Change.' }),
  /** Request type ids differ per site; with one, only that request type matches, else any of this name. */
  requestTypeId: z
    .string()
    .regex(/^[0-9]{1,18}$/, { error: 'A request type id is a number such as "10".' })
    .optional(),
  /** Every change request of this type is an emergency (ECAB route, short clock), whatever its answers say. */
  emergency: z.boolean(),
  /**
   * The setup check expects the CAB fields to be required on this request type's form. Off by default:
   * JSM's email channel cannot use a request type with required fields beyond Summary and Description,
   * and Async CAB holds incomplete change requests in "Waiting for answers" whatever the channel.
   */
  answersRequiredOnForm: z.boolean(),
});

export type ChangeRequestType = z.output<typeof changeRequestTypeSchema>;

/** JSM's ITSM templates name these two request types; a fresh policy treats them as change requests. */
export const DEFAULT_CHANGE_REQUEST_TYPES: ChangeRequestType[] = [
  { name: 'Change', emergency: false, answersRequiredOnForm: false },
  { name: 'Emergency change', emergency: true, answersRequiredOnForm: false },
];

export const changeRequestTypesSchema = z
  .array(changeRequestTypeSchema)
  .max(50, { error: 'At most 50 change request types.' })
  .default(() => DEFAULT_CHANGE_REQUEST_TYPES.map((type) => ({ ...type })));

/** How a request type counts for Async CAB: a normal change request, an emergency one, or not at all. */
export type ChangeRequestKind = 'change' | 'emergency';

/** Matches a request type against the policy's list: by id where the entry names one, else by name. */
export function changeRequestKindOf(
  types: readonly ChangeRequestType[],
  requestType: { id: string; name: string } | null,
): ChangeRequestKind | null {
  if (requestType === null) return null;
  const byId = types.find((type) => type.requestTypeId === requestType.id);
  const byName = types.find(
    (type) =>
      type.requestTypeId === undefined && type.name.toLowerCase() === requestType.name.trim().toLowerCase(),
  );
  const match = byId ?? byName;
  if (match === undefined) return null;
  return match.emergency ? 'emergency' : 'change';
}
