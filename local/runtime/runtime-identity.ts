import type { EgressEntry } from './manifest-model';

/** The ids one local installation answers with (appContext, installContext, contextAri). */
export interface RuntimeIdentity {
  appRoot: string;
  appId: string;
  appVersion: string;
  environmentId: string;
  installationId: string;
  cloudId: string;
  /** Granted permissions, as `getAppContext().permissions` and `permissions.canFetchFrom` read them. */
  scopes: string[];
  egressBackend: EgressEntry[];
}

export function installContextOf(identity: RuntimeIdentity): string {
  return `ari:cloud:jira::site/${identity.cloudId}`;
}
