import type { AppDeps } from '../app-deps';
import type { FiguresRollupStore, IssueFactsPort, LedgerScan } from '../ports/figures-ports';

/** The board's figures, calendar and export run on the app's ports plus their own (src/entry/figures-wiring.ts). */
export interface FiguresDeps {
  app: AppDeps;
  rollups: FiguresRollupStore;
  ledgerScan: LedgerScan;
  issueFacts: IssueFactsPort;
}
