import type { FrameSigner } from '../frame-token';
import type { HostUser } from '../ui-host-options';
import type { UiCatalog } from '../ui-module-catalog';

/** What every page renderer needs to place module iframes, and who is looking (account type, conditions). */
export interface PageContext {
  catalog: UiCatalog;
  signer: FrameSigner;
  baseUrl: string;
  environmentId: string;
  viewer: HostUser;
}
