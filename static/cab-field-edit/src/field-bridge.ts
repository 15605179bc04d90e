/**
 * The two bridge calls that hand a field's value to Jira (`view.submit`, `view.close`), passed into the
 * editor so its behaviour does not depend on where it runs.
 */
export interface FieldBridge {
  submit: (value: unknown) => Promise<void>;
  close: () => Promise<void>;
}
