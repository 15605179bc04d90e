/** One bundle for both modules: the Async CAB page (jira:globalPage) and its dashboard gadget. */
import { Spinner } from '../../ui-kit/components';
import { BoardPage } from './board-page';
import { useBoardContext } from './board-context';
import { GadgetView } from './gadget-view';

export function BoardEntry() {
  const context = useBoardContext();
  if (context === null) return <Spinner label="Loading Async CAB…" />;
  return context.surface === 'gadget' ? (
    <GadgetView viewer={context.viewer} />
  ) : (
    <BoardPage viewer={context.viewer} />
  );
}
