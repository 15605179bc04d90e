/** Renders one field's display model (describe-field-value.ts) compactly, as Jira shows its own fields. */
import type { FieldDisplay } from './describe-field-value';

function ExternalLink(props: { href: string | null; children: string }) {
  // A stored address that is not http(s) is shown, not linked (safe-link.ts).
  if (props.href === null) return <span className="fv-url">{props.children}</span>;
  return (
    <a className="fv-url" href={props.href} target="_blank" rel="noreferrer noopener">
      {props.children}
    </a>
  );
}

export function FieldValueDisplay(props: { display: FieldDisplay }) {
  const { display } = props;
  switch (display.kind) {
    case 'empty':
      return <span className="fv-muted">{display.text}</span>;
    case 'unreadable':
      return (
        <span className="fv-muted">
          Stored in a form Async CAB cannot read: <code className="fv-code">{display.raw}</code>
        </span>
      );
    case 'systems':
      return (
        <ul className="fv-systems">
          {display.systems.map((system) => (
            <li key={system.key} className={system.inPolicy === false ? 'fv-unknown' : undefined}>
              {system.text}
            </li>
          ))}
        </ul>
      );
    case 'words':
      return <span>{display.text}</span>;
    case 'risk':
      return <span className={display.lozengeClass}>{display.text}</span>;
    case 'window':
      return (
        <span>
          {display.text}
          {display.plannedIn === null ? null : (
            <span className="fv-muted"> (planned in {display.plannedIn})</span>
          )}
        </span>
      );
    case 'tested':
      return (
        <span>
          Tested — evidence: <ExternalLink href={display.href}>{display.url}</ExternalLink>
        </span>
      );
    case 'not-tested':
      return <span className="fv-text">Not tested: {display.reason}</span>;
    case 'text':
      return <p className="fv-text">{display.text}</p>;
    case 'pull-request':
      return (
        <span>
          <ExternalLink href={display.href}>{display.label}</ExternalLink>{' '}
          <span className="fv-muted">
            head <code className="fv-code">{display.headSha}</code>
            {display.mergeSha === null ? null : (
              <>
                , merged as <code className="fv-code">{display.mergeSha}</code>
              </>
            )}
          </span>
        </span>
      );
  }
}
