/**
 * Reads the create panel's extension context (forge-platform.md §2.4: `portal.id`, `request.typeId`).
 * The bridge types `extension` as a loose record, so each value is checked before use.
 */
import { view } from '@forge/bridge';

export interface CreatePanelContext {
  portalId: string | null;
  requestTypeId: string | null;
}

function stringAt(value: unknown, ...path: string[]): string | null {
  let cursor: unknown = value;
  for (const key of path) {
    if (typeof cursor !== 'object' || cursor === null) return null;
    const next: unknown = Reflect.get(cursor, key);
    cursor = next;
  }
  return typeof cursor === 'string' ? cursor : null;
}

export async function loadCreatePanelContext(): Promise<CreatePanelContext> {
  const context = await view.getContext();
  const extension: unknown = context.extension;
  return {
    portalId: stringAt(extension, 'portal', 'id'),
    requestTypeId: stringAt(extension, 'request', 'typeId'),
  };
}
