import type { FrameSigner } from '../frame-token';
import type { UiCatalog } from '../ui-module-catalog';

/** What every page renderer needs to place module iframes. */
export interface PageContext {
  catalog: UiCatalog;
  signer: FrameSigner;
  baseUrl: string;
  environmentId: string;
}
