/** A small set of Atlassian-looking components shared by the Custom UIs (no @atlaskit: bundles stay small). */
import type { ReactNode } from 'react';
import './tokens.css';

export function Button(props: {
  children: ReactNode;
  onClick?: () => void;
  appearance?: 'default' | 'primary' | 'danger' | 'subtle';
  type?: 'button' | 'submit';
  disabled?: boolean;
  testId?: string;
}) {
  const appearance = props.appearance ?? 'default';
  return (
    <button
      type={props.type ?? 'button'}
      className={appearance === 'default' ? 'ak-button' : `ak-button ak-button--${appearance}`}
      onClick={props.onClick}
      disabled={props.disabled}
      data-testid={props.testId}
    >
      {props.children}
    </button>
  );
}

export type LozengeAppearance = 'default' | 'success' | 'removed' | 'inprogress' | 'moved';

export function Lozenge(props: { children: ReactNode; appearance?: LozengeAppearance }) {
  const appearance = props.appearance ?? 'default';
  return (
    <span className={appearance === 'default' ? 'ak-lozenge' : `ak-lozenge ak-lozenge--${appearance}`}>
      {props.children}
    </span>
  );
}

export function SectionMessage(props: {
  title?: string;
  children?: ReactNode;
  appearance?: 'information' | 'error' | 'warning' | 'success';
  testId?: string;
}) {
  const appearance = props.appearance ?? 'information';
  return (
    <div
      className={appearance === 'information' ? 'ak-message' : `ak-message ak-message--${appearance}`}
      role={appearance === 'error' ? 'alert' : 'status'}
      data-testid={props.testId}
    >
      {props.title === undefined ? null : <h4>{props.title}</h4>}
      {props.children}
    </div>
  );
}

/** A labelled form field with help text and its error, wired for screen readers (aria-describedby). */
export function Field(props: {
  id: string;
  label: string;
  required?: boolean;
  help?: string;
  error?: string | undefined;
  children: (aria: { id: string; 'aria-invalid': boolean; 'aria-describedby': string }) => ReactNode;
}) {
  const describedBy = [
    props.help === undefined ? '' : `${props.id}-help`,
    props.error === undefined ? '' : `${props.id}-error`,
  ]
    .filter((id) => id !== '')
    .join(' ');
  return (
    <div className="ak-field">
      <label className="ak-label" htmlFor={props.id}>
        {props.label}
        {props.required === true ? (
          <span className="ak-required" aria-hidden="true">
            *
          </span>
        ) : null}
      </label>
      {props.children({
        id: props.id,
        'aria-invalid': props.error !== undefined,
        'aria-describedby': describedBy,
      })}
      {props.help === undefined ? null : (
        <span className="ak-help" id={`${props.id}-help`}>
          {props.help}
        </span>
      )}
      {props.error === undefined ? null : (
        <span className="ak-error" id={`${props.id}-error`} role="alert" data-testid={`error-${props.id}`}>
          {props.error}
        </span>
      )}
    </div>
  );
}

export function Spinner(props: { label: string }) {
  return (
    <span className="ak-row" role="status">
      <span className="ak-spinner" aria-hidden="true" />
      <span className="ak-subtle">{props.label}</span>
    </span>
  );
}

/** A load or action that failed: what failed, why, and a way to try again (the same in every UI). */
export function LoadFailure(props: {
  title: string;
  children: ReactNode;
  onRetry: () => void;
  appearance?: 'error' | 'warning';
  testId?: string;
}) {
  return (
    <SectionMessage
      appearance={props.appearance ?? 'error'}
      title={props.title}
      {...(props.testId === undefined ? {} : { testId: props.testId })}
    >
      {props.children}
      <Button onClick={props.onRetry}>Try again</Button>
    </SectionMessage>
  );
}
