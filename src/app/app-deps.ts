import type { JiraAppPort } from './ports/jira-port';
import type { ChatPort, Clock, LedgerRepository, PolicyRepository } from './ports/store-ports';

/** What the app's use cases run against; src/entry wires the real adapters, tests may wire the local host. */
export interface AppDeps {
  jira: JiraAppPort;
  ledger: LedgerRepository;
  policies: PolicyRepository;
  chat: ChatPort;
  clock: Clock;
}
