/** Warns that the approval no longer covers the pull request's latest commits (issue 5). */
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
