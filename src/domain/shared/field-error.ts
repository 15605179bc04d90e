/**
 * One field-level problem with user input. `field` is a dotted path ('plannedWindow.end',
 * 'systems.2.approverGroupIds.0') so that forms can put the message next to the field;
 * `code` is stable for programs; `message` is for people and says what to change.
 */
export interface FieldError {
  readonly field: string;
  readonly code: string;
  readonly message: string;
  /** 1-based line in a text document (YAML policy import), when the error has a place in it. */
  readonly line?: number;
}

/** Expected outcomes are values: parsing never throws for bad input. */
export type ParseResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly errors: readonly FieldError[] };

export function fieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((segment) => (typeof segment === 'symbol' ? (segment.description ?? '') : String(segment)))
    .join('.');
}

export function fieldError(path: readonly PropertyKey[], code: string, message: string): FieldError {
  return { field: fieldPath(path), code, message };
}
