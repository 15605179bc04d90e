/**
 * "Why these approvers": the routing explanation (docs/architecture.md, evaluation explains itself). Most visits do
 * not need it, so it starts collapsed; <details> gives keyboard and screen-reader support for free.
 */
export function ApproverReasons(props: { reasons: readonly string[] }) {
  if (props.reasons.length === 0) return null;
  return (
    <details className="cab-disclosure" data-testid="approver-reasons">
      <summary>Why these approvers</summary>
      <ul className="cab-list">
        {props.reasons.map((reason, index) => (
          // Reasons are display strings and may repeat; their position is their identity.
          <li key={index}>{reason}</li>
        ))}
      </ul>
    </details>
  );
}
