/** Recent GitHub deliveries: what came in, what the app did and why (newest first). */
import type { GitHubDeliveryView } from '@async-cab/shared/client';
import { Button, Lozenge, type LozengeAppearance } from '../../ui-kit/components';
import { browserViewer, formatInstant } from '../../ui-kit/format-zoned-time';

const OUTCOME: Record<GitHubDeliveryView['outcome'], { label: string; appearance: LozengeAppearance }> = {
  queued: { label: 'Queued', appearance: 'inprogress' },
  done: { label: 'Done', appearance: 'success' },
  ignored: { label: 'Ignored', appearance: 'default' },
  duplicate: { label: 'Duplicate', appearance: 'moved' },
  failed: { label: 'Failed, will retry', appearance: 'removed' },
  'given-up': { label: 'Given up', appearance: 'removed' },
};

export function GitHubDeliveries(props: { deliveries: GitHubDeliveryView[]; onRefresh: () => void }) {
  return (
    <section className="ak-card ak-stack" aria-labelledby="github-deliveries-title">
      <div className="admin-toolbar">
        <h3 id="github-deliveries-title">Recent deliveries</h3>
        <Button onClick={props.onRefresh} testId="github-deliveries-refresh">
          Refresh
        </Button>
      </div>
      {props.deliveries.length === 0 ? (
        <p className="ak-subtle">No deliveries yet. GitHub sends a ping when the webhook is added.</p>
      ) : (
        <div className="admin-table-wrap">
          <table className="admin-table" data-testid="github-deliveries">
            <thead>
              <tr>
                <th scope="col">Received</th>
                <th scope="col">Event</th>
                <th scope="col">Pull request</th>
                <th scope="col">Outcome</th>
                <th scope="col">Why</th>
              </tr>
            </thead>
            <tbody>
              {props.deliveries.map((delivery) => (
                <tr key={`${delivery.deliveryId}-${delivery.receivedAt}-${delivery.outcome}`}>
                  <td>{formatInstant(delivery.receivedAt, browserViewer(), new Date())}</td>
                  <td>
                    {delivery.event}
                    {delivery.action === null ? '' : `.${delivery.action}`}
                  </td>
                  <td>{delivery.target ?? '—'}</td>
                  <td>
                    <Lozenge appearance={OUTCOME[delivery.outcome].appearance}>
                      {OUTCOME[delivery.outcome].label}
                    </Lozenge>
                  </td>
                  <td>
                    {delivery.reason}
                    {delivery.issueKey === null ? '' : ` (${delivery.issueKey})`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
