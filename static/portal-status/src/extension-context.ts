/**
 * Reads the portal request view's extension context (docs/platform-assumptions.md: `portal.id`,
 * `request.{key,typeId,property}`). The bridge types `extension` loosely, so the key is checked before use.
 */
import { view } from '@forge/bridge';

export async function loadRequestKey(): Promise<string | null> {
  const context = await view.getContext();
  const extension: unknown = context.extension;
  if (typeof extension !== 'object' || extension === null) return null;
  const request: unknown = Reflect.get(extension, 'request');
  if (typeof request !== 'object' || request === null) return null;
  const key: unknown = Reflect.get(request, 'key');
  return typeof key === 'string' && key !== '' ? key : null;
}
