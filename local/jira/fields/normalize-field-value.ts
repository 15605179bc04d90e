import { z } from 'zod';
import type { JiraSite } from '../jira-site';
import type { ElementType, FieldDefinition } from './field-definition';

export type Normalized = { ok: true; value: unknown } | { ok: false; message: string };

const AdfDocSchema = z.looseObject({
  type: z.literal('doc'),
  version: z.literal(1),
  content: z.array(z.unknown()),
});
const AccountRefSchema = z.looseObject({ accountId: z.string() });
const GroupRefSchema = z.looseObject({ groupId: z.string().optional(), name: z.string().optional() });

/** Jira's own wording for a description that is not ADF in v3 (docs/platform-assumptions.md). */
const NOT_ADF = 'Operation value must be an Atlassian Document (see the Atlassian Document Format)';

function accountIdOf(raw: unknown): string | undefined {
  if (typeof raw === 'string') return raw;
  const parsed = AccountRefSchema.safeParse(raw);
  return parsed.success ? parsed.data.accountId : undefined;
}

/** One element of a field value, in its stored form (account id, group id, ADF doc, ...). */
export function normalizeElement(
  site: JiraSite,
  field: FieldDefinition,
  element: ElementType,
  raw: unknown,
): Normalized {
  switch (element) {
    case 'string': {
      if (typeof raw !== 'string') return { ok: false, message: 'Operation value must be a string' };
      const max = field.value?.maxLength;
      return max !== undefined && raw.length > max
        ? { ok: false, message: tooLong(max) }
        : { ok: true, value: raw };
    }
    case 'label':
      if (typeof raw !== 'string') return { ok: false, message: 'Operation value must be a string' };
      return /\s/.test(raw) || raw.length === 0
        ? { ok: false, message: `The label '${raw}' contains spaces which is invalid.` }
        : { ok: true, value: raw };
    case 'number':
      return typeof raw === 'number' && Number.isFinite(raw)
        ? { ok: true, value: raw }
        : { ok: false, message: 'Operation value must be a number' };
    case 'user': {
      const accountId = accountIdOf(raw);
      if (accountId === undefined)
        return { ok: false, message: `Specify a valid 'id' or 'name' for ${field.name}` };
      return site.users.user(accountId) === undefined
        ? { ok: false, message: `The user with account ID '${accountId}' does not exist.` }
        : { ok: true, value: accountId };
    }
    case 'group': {
      const parsed = GroupRefSchema.safeParse(raw);
      const ref = parsed.success ? (parsed.data.groupId ?? parsed.data.name) : undefined;
      if (!parsed.success || ref === undefined) {
        return { ok: false, message: `Specify a valid 'groupId' or 'name' for ${field.name}` };
      }
      // groupId is preferred over name when both are given (docs/platform-assumptions.md).
      const group = parsed.data.groupId !== undefined ? site.users.group(ref) : site.users.groupByName(ref);
      const label = ref;
      return group === undefined
        ? { ok: false, message: `Group '${label}' does not exist.` }
        : { ok: true, value: group.groupId };
    }
    case 'date':
      return typeof raw === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(raw) && !Number.isNaN(Date.parse(raw))
        ? { ok: true, value: raw }
        : { ok: false, message: `Error parsing date string: ${String(raw)}` };
    case 'datetime': {
      if (typeof raw !== 'string' || Number.isNaN(Date.parse(raw.replace(/([+-]\d{2})(\d{2})$/, '$1:$2')))) {
        return { ok: false, message: `Error parsing date string: ${String(raw)}` };
      }
      return { ok: true, value: raw };
    }
    case 'object': {
      if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
        return { ok: false, message: 'Operation value must be an object' };
      }
      const problem = field.value?.validateObject?.(raw);
      return problem === undefined
        ? { ok: true, value: raw }
        : { ok: false, message: `The value does not match the field's schema: ${problem}` };
    }
    case 'adf':
      return AdfDocSchema.safeParse(raw).success ? { ok: true, value: raw } : { ok: false, message: NOT_ADF };
    case 'request-type':
      return typeof raw === 'string'
        ? { ok: true, value: raw }
        : { ok: false, message: 'Operation value must be a string' };
  }
}

/** A whole value for `fields.{id}`: lists take arrays, `null` clears. */
export function normalizeFieldValue(site: JiraSite, field: FieldDefinition, raw: unknown): Normalized {
  const value = field.value;
  if (value === undefined) return { ok: false, message: cannotBeSet(field.id) };
  if (raw === null) return { ok: true, value: value.list ? [] : null };
  if (!value.list) return normalizeElement(site, field, value.element, raw);
  if (!Array.isArray(raw)) return { ok: false, message: 'Operation value must be an array' };
  const tooMany = checkListSize(field, raw.length);
  if (tooMany) return tooMany;
  const out: unknown[] = [];
  for (const item of raw) {
    const one = normalizeElement(site, field, value.element, item);
    if (!one.ok) return one;
    if (!out.some((existing) => JSON.stringify(existing) === JSON.stringify(one.value))) out.push(one.value);
  }
  return { ok: true, value: out };
}

/**
 * The message for a text longer than the field allows. The wording is Jira's for a single-line text field
 * (*inferred* from Jira's answer quoted by public client code); Jira's wording for Forge strings is not documented.
 */
function tooLong(max: number): string {
  return `The entered text is too long. It exceeds the allowed limit of ${max} characters.`;
}

/** A Forge collection holds at most `maxItems` values (…/jira-custom-field/#collection-types). */
function checkListSize(field: FieldDefinition, size: number): Normalized | undefined {
  const max = field.value?.maxItems;
  return max !== undefined && size > max
    ? { ok: false, message: `The field holds at most ${max} values; ${size} were given.` }
    : undefined;
}

/**
 * A failure message that names the field: Forge fields' messages are the stand-in's own (*inferred*), so they say
 * which field is wrong; Jira's documented messages for system fields stay as Jira words them.
 */
export function namingField(field: FieldDefinition, message: string): string {
  return field.forge === undefined ? message : `${field.name}: ${message}`;
}

/**
 * Jira's message for a field it does not know, or one that cannot be set (docs/platform-assumptions.md); *inferred*: the
 * docs do not quote it, it is Jira's answer as clients report it.
 */
export function cannotBeSet(fieldId: string): string {
  return `Field '${fieldId}' cannot be set. It is not on the appropriate screen, or unknown.`;
}

const OperationSchema = z.union([
  z.object({ add: z.unknown() }),
  z.object({ remove: z.unknown() }),
  z.object({ set: z.unknown() }),
]);

/** Applies `update.{id}: [{add}|{remove}|{set}]` to the current stored value. */
export function applyOperations(
  site: JiraSite,
  field: FieldDefinition,
  current: unknown,
  operations: unknown,
): Normalized {
  if (field.value === undefined) return { ok: false, message: cannotBeSet(field.id) };
  if (!Array.isArray(operations))
    return { ok: false, message: 'Operation value must be an array of operations' };
  let value: unknown = current;
  for (const raw of operations) {
    const parsed = OperationSchema.safeParse(raw);
    if (!parsed.success)
      return { ok: false, message: `Field '${field.id}' does not support this update operation.` };
    const op = parsed.data;
    if ('set' in op) {
      const next = normalizeFieldValue(site, field, op.set);
      if (!next.ok) return next;
      value = next.value;
      continue;
    }
    if (!field.value.list)
      return { ok: false, message: `Field '${field.id}' does not support update 'add' or 'remove'.` };
    const element = normalizeElement(site, field, field.value.element, 'add' in op ? op.add : op.remove);
    if (!element.ok) return element;
    const list: unknown[] = Array.isArray(value) ? value : [];
    const key = JSON.stringify(element.value);
    const without = list.filter((item) => JSON.stringify(item) !== key);
    value = 'add' in op ? [...without, element.value] : without;
  }
  const tooMany = Array.isArray(value) ? checkListSize(field, value.length) : undefined;
  return tooMany ?? { ok: true, value };
}
