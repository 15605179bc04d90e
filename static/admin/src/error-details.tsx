/** A resolver error as a person needs it: the message, the field problems (with YAML lines), when to retry. */
import type { ResolverError } from '@async-cab/shared/client';

export function ErrorDetails({ error }: { error: ResolverError }) {
  const fieldErrors = error.fieldErrors ?? [];
  return (
    <div className="ak-stack">
      <p>{error.message}</p>
      {fieldErrors.length > 0 ? (
        <ul className="admin-error-list" data-testid="field-error-list">
          {fieldErrors.map((fieldError, index) => (
            <li key={index}>
              {fieldError.line === undefined ? null : <strong>Line {fieldError.line}: </strong>}
              {fieldError.field === '' ? null : <code>{fieldError.field}</code>} {fieldError.message}
            </li>
          ))}
        </ul>
      ) : null}
      {error.retryAfterSeconds === undefined ? null : (
        <p className="ak-subtle">Jira asked to wait {error.retryAfterSeconds} s before trying again.</p>
      )}
      {error.invocationId === undefined ? null : (
        <p className="ak-subtlest">Reference for your admin: {error.invocationId}</p>
      )}
    </div>
  );
}
