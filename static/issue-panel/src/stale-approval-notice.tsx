/** Warns that the approval no longer covers the pull request's latest commits, or never happened at all. */
import type { ApprovalPanelView } from '@async-cab/shared/client';
import { SectionMessage } from '../../ui-kit/components';

export function StaleApprovalNotice({ stale }: { stale: ApprovalPanelView['staleApproval'] }) {
  if (stale === undefined) return null;
  return (
    <SectionMessage appearance="warning" title="The approval is stale" testId="stale-approval">
      <p>{stale.message}</p>
    </SectionMessage>
  );
}

export function UnexplainedApprovalNotice({
  unexplained,
}: {
  unexplained: ApprovalPanelView['unexplainedApproval'];
}) {
  if (unexplained === undefined) return null;
  return (
    <SectionMessage appearance="error" title="Unexplained approval" testId="unexplained-approval">
      <p>{unexplained.message}</p>
    </SectionMessage>
  );
}
