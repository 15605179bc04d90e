/**
 * A labelled group of inputs (checkboxes, radios, date + time) with help and error text, announced like
 * the kit's Field: the legend names the group, the error has role=alert and is linked by aria-describedby.
 */
import type { ReactNode } from 'react';
// Every answer widget is built on this component, so importing their styles here gives them to every UI.
import './cab-answers.css';

export function FieldsetField(props: {
  id: string;
  legend: string;
  /**
   * The host page draws the field's label above the frame (Jira field experiences): the legend still
   * names the group for screen readers, but takes no room.
   */
  legendHidden?: boolean;
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
      <legend className={props.legendHidden === true ? 'ak-visually-hidden' : 'ak-label'}>
        {props.legend}
        {props.required === true ? (
          <span className="ak-required" aria-hidden="true">
            *
          </span>
        ) : null}
      </legend>
      {props.help === undefined ? null : (
        // Under a host-drawn label the host shows the field's description too, so the help is for
        // screen readers only (two lines saying the same thing read as a mistake).
        <span
          className={props.legendHidden === true ? 'ak-visually-hidden' : 'ak-help cr-fieldset__help'}
          id={`${props.id}-help`}
        >
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
