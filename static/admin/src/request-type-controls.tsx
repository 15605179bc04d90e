/**
 * The two choices per request type: what it counts as, and whether the CAB answers are required on its form.
 * Each names its request type for screen readers (the table header names the column) and shows the errors
 * of the policy entry it edits, if it edits one.
 */
import { useEditor } from './editor-context';
import { KIND_OPTIONS, type RequestTypeKind } from './request-types-model';

const describedBy = (...ids: (string | null)[]): string | undefined => {
  const present = ids.filter((id): id is string => id !== null);
  return present.length === 0 ? undefined : present.join(' ');
};

export function KindSelect(props: {
  id: string;
  /** The entry's control path when the row edits a policy entry (its errors show here). */
  path: string | null;
  requestTypeName: string;
  value: RequestTypeKind;
  /** Kinds offered but not choosable, e.g. "Not a change request" while a name entry still catches it. */
  disabledKinds?: readonly RequestTypeKind[];
  /** Kinds not offered at all (entries outside the site's list are removed instead of set to "not"). */
  hiddenKinds?: readonly RequestTypeKind[];
  hint?: string;
  onChange: (kind: RequestTypeKind) => void;
}) {
  const { errors, readOnly } = useEditor();
  const messages = props.path === null ? undefined : errors.get(props.path);
  const error = messages === undefined ? undefined : messages.join(' ');
  const hintId = props.hint === undefined ? null : `${props.id}-hint`;
  const errorId = error === undefined ? null : `${props.id}-error`;
  return (
    <div className="ak-field">
      <select
        id={props.id}
        className="ak-input"
        aria-label={`${props.requestTypeName}: counts as`}
        aria-invalid={error !== undefined}
        aria-describedby={describedBy(hintId, errorId)}
        value={props.value}
        disabled={readOnly}
        onChange={(event) => {
          const chosen = KIND_OPTIONS.find((option) => option.value === event.target.value);
          if (chosen !== undefined) props.onChange(chosen.value);
        }}
      >
        {KIND_OPTIONS.filter((option) => props.hiddenKinds?.includes(option.value) !== true).map((option) => (
          <option
            key={option.value}
            value={option.value}
            disabled={props.disabledKinds?.includes(option.value) === true}
          >
            {option.label}
          </option>
        ))}
      </select>
      {hintId === null ? null : (
        <span className="ak-help" id={hintId}>
          {props.hint}
        </span>
      )}
      {errorId === null ? null : (
        <span className="ak-error" id={errorId} role="alert">
          {error}
        </span>
      )}
    </div>
  );
}

export function AnswersRequiredBox(props: {
  id: string;
  path: string | null;
  requestTypeName: string;
  checked: boolean;
  /** Only a change request type has CAB answers to require. */
  applicable: boolean;
  onChange: (required: boolean) => void;
}) {
  const { errors, readOnly } = useEditor();
  const messages = props.path === null ? undefined : errors.get(props.path);
  const error = messages === undefined ? undefined : messages.join(' ');
  return (
    <div className="ak-field">
      <label className="admin-checkbox" htmlFor={props.id}>
        <input
          id={props.id}
          type="checkbox"
          checked={props.applicable && props.checked}
          disabled={readOnly || !props.applicable}
          aria-invalid={error !== undefined}
          aria-describedby={error === undefined ? undefined : `${props.id}-error`}
          onChange={(event) => {
            props.onChange(event.target.checked);
          }}
        />
        <span className="ak-visually-hidden">{props.requestTypeName}: CAB answers required on the form</span>
        <span aria-hidden="true">Required</span>
      </label>
      {error === undefined ? null : (
        <span className="ak-error" id={`${props.id}-error`} role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
