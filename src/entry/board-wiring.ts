/** The board's ports for one resolver invocation, on the invocation's app ports (invocation-deps.ts). */
import { createBoardViewerGateway } from '../adapters/jira/board-viewer-gateway';
import { openChangesIndex } from '../adapters/kvs/open-changes-index';
import type { BoardDeps } from '../app/board/board-ports';
import type { InvocationDeps } from './invocation-deps';

export function boardDeps(deps: InvocationDeps): BoardDeps {
  return {
    app: deps.app,
    index: openChangesIndex,
    viewer: createBoardViewerGateway(),
    objections: (issueKey) => deps.sweep.store.objections(issueKey),
  };
}
