/**
 * What a CAB field experience learns from `view.getContext()` (custom-field extension data: `moduleKey`
 * at the top level, `fieldValue`, `renderContext` and, on the portal, `request.typeId` under `extension`;
 * the viewer's `timezone` and `locale` at the top level). The bridge types all of it loosely, so each value
 * is checked here, once, for the edit and the view experiences alike.
 */
import { cabFieldKeyOfModule, type CabFieldKey } from '@async-cab/shared/client';
import { isKnownTimeZone } from '../ui-kit/time-zones';

export const RENDER_CONTEXTS = [
  'issue-create',
  'issue-transition',
  'issue-view',
  'portal-request',
  'portal-view',
] as const;
export type RenderContext = (typeof RENDER_CONTEXTS)[number];

export interface FieldExtensionContext {
  /** The CAB field this module renders, or null for a module key the app does not know. */
  field: CabFieldKey | null;
  moduleKey: string;
  /** The stored value as Jira hands it over; null when the field has none (absent, undefined or null). */
  fieldValue: unknown;
  /** null when the host did not say (treated like a create form: nothing is saved without the person). */
  renderContext: RenderContext | null;
  /** The portal request type, as a string for the resolver; null outside the portal. */
  requestTypeId: string | null;
  /** The viewer's IANA time zone (their Atlassian profile), or the fallback when it is missing or unknown. */
  timeZone: string;
  /** A BCP 47 tag for Intl ('en-GB'); Atlassian's underscore form ('en_GB') is accepted too. */
  locale: string;
}

function get(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null) return undefined;
  const found: unknown = Reflect.get(value, key);
  return found;
}

const isRenderContext = (value: unknown): value is RenderContext =>
  RENDER_CONTEXTS.some((known) => known === value);

function requestTypeIdOf(extension: unknown): string | null {
  const typeId = get(get(extension, 'request'), 'typeId');
  // A number on the portal (custom-field extension data); a string is accepted from hosts that send one.
  if (typeof typeId === 'number' && Number.isInteger(typeId) && typeId > 0) return String(typeId);
  if (typeof typeId === 'string' && /^\d+$/.test(typeId)) return typeId;
  return null;
}

function localeOf(value: unknown, fallback: string): string {
  if (typeof value !== 'string' || value === '') return fallback;
  try {
    return Intl.getCanonicalLocales(value.replace(/_/g, '-'))[0] ?? fallback;
  } catch {
    return fallback;
  }
}

export function readFieldExtensionContext(
  context: unknown,
  fallbacks: { timeZone: string; locale: string },
): FieldExtensionContext {
  const moduleKey = get(context, 'moduleKey');
  const extension = get(context, 'extension');
  const renderContext = get(extension, 'renderContext') ?? get(extension, 'experience');
  const timeZone = get(context, 'timezone');
  const key = typeof moduleKey === 'string' ? moduleKey : '';
  return {
    field: cabFieldKeyOfModule(key),
    moduleKey: key,
    fieldValue: get(extension, 'fieldValue') ?? null,
    renderContext: isRenderContext(renderContext) ? renderContext : null,
    requestTypeId: requestTypeIdOf(extension),
    timeZone: typeof timeZone === 'string' && isKnownTimeZone(timeZone) ? timeZone : fallbacks.timeZone,
    locale: localeOf(get(context, 'locale'), fallbacks.locale),
  };
}
