import type { FrameSigner } from './frame-token';
import { escapeHtml } from './html-escape';

export interface FrameSpec {
  /** The module (or custom field) the frame renders and the resource it loads. */
  module: { key: string; resourceKey: string; title: string };
  extension: Record<string, unknown>;
  localId: string;
  submittable?: boolean;
  /** Initial height before the UI reports its own. */
  height?: number;
  /** Extra `data-*` attributes for the page script (names are code, values are escaped). */
  data?: Record<string, string>;
  /** Not loaded until the page script opens it (an inline editor): the URL waits in `data-src`. */
  deferred?: boolean;
}

// Forge's Custom UI iframe sandbox (docs/platform-assumptions.md): no popups, no top navigation.
const forgeSandbox =
  'allow-downloads allow-forms allow-modals allow-pointer-lock allow-same-origin allow-scripts';

/** The iframe for one module; the signed frame token carries its module key and extension context. */
export function moduleFrame(signer: FrameSigner, spec: FrameSpec): string {
  const token = signer.sign({ moduleKey: spec.module.key, localId: spec.localId, extension: spec.extension });
  const src = `/_local/ui/resources/${encodeURIComponent(spec.module.resourceKey)}/index.html?frame=${encodeURIComponent(token)}`;
  const data = Object.entries(spec.data ?? {})
    .map(([name, value]) => ` data-${name}="${escapeHtml(value)}"`)
    .join('');
  const source = spec.deferred === true ? ` data-src="${escapeHtml(src)}"` : ` src="${escapeHtml(src)}"`;
  return (
    `<iframe class="acab-frame" data-acab-frame data-module-key="${escapeHtml(spec.module.key)}"` +
    ` data-frame-token="${escapeHtml(token)}" data-submittable="${spec.submittable === true ? 'true' : 'false'}"${data}` +
    ` title="${escapeHtml(spec.module.title)}" sandbox="${forgeSandbox}" style="height:${String(spec.height ?? 150)}px"` +
    `${source}></iframe>`
  );
}

/** Forge's localId for a module instance: unique per module and place it is rendered. */
export function localIdOf(appId: string, environmentId: string, moduleKey: string, place: string): string {
  return `ari:cloud:ecosystem::extension/${appId}/${environmentId}/static/${moduleKey}-${place}`;
}
