/**
 * A labelled group of inputs (checkboxes, radios, date + time) with help and error text, announced like
 * the kit's Field: the legend names the group, the error has role=alert and is linked by aria-describedby.
 */
import type { ReactNode } from 'react';

export function FieldsetField(props: {
  id: string;
  legend: string;
  required?: boolean;
  help?: string | undefined;
  error?: string | undefined;
  children: ReactNode;
}) {
  const describedBy = [
    props.help === undefined ? '' : `${props.id}-help`,
    props.error === undefined ? '' : `${props.id}-error`,
  ]
    .filter((id) => id !== '')
    .join(' ');
  return (
    <fieldset
      className="cr-fieldset"
      id={props.id}
      aria-invalid={props.error !== undefined}
      aria-describedby={describedBy === '' ? undefined : describedBy}
      data-testid={`field-${props.id}`}
    >
      <legend className="ak-label">
        {props.legend}
        {props.required === true ? (
          <span className="ak-required" aria-hidden="true">
            *
          </span>
        ) : null}
      </legend>
      {props.help === undefined ? null : (
        <span className="ak-help cr-fieldset__help" id={`${props.id}-help`}>
          {props.help}
        </span>
      )}
      {props.children}
      {props.error === undefined ? null : (
        <span className="ak-error" id={`${props.id}-error`} role="alert" data-testid={`error-${props.id}`}>
          {props.error}
        </span>
      )}
    </fieldset>
  );
}
