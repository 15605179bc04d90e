/** How a field's value is written in `fields` / `update` (docs/platform-assumptions.md value-shape table). */
export type ElementType =
  'string' | 'label' | 'number' | 'user' | 'group' | 'date' | 'datetime' | 'object' | 'adf' | 'request-type';

/** OpenAPI `JsonTypeBean`: the `schema` of a field in `GET /rest/api/3/field`. */
export interface FieldSchema {
  type: string;
  items?: string;
  system?: string;
  custom?: string;
  customId?: number;
}

/** Checks one object value against a Forge field's JSON schema: `undefined` when it conforms, else why not. */
export type ObjectValidator = (value: unknown) => string | undefined;

/** What a Forge field's validation expression sees besides the value (jira-custom-field, "Validation"). */
export interface EditValidationContext {
  fieldId: string;
  /** The edited issue, or null on create. */
  issue: { id: string; key: string } | null;
  project: { id: string; key: string } | null;
  user: { accountId: string } | null;
}

/** A Forge field's `edit.validation`: `undefined` when the value passes, else the message Jira shows. */
export type EditValidator = (value: unknown, context: EditValidationContext) => string | undefined;

/** What may be written to a field, and the limits each value must keep. */
export interface FieldValueRules {
  element: ElementType;
  list: boolean;
  /** Settable on Create issue only (reporter, Request Type). */
  createOnly?: boolean;
  /** A Forge `readOnly: true` field: only the owning app writes it, through the app field value API. */
  readOnly?: boolean;
  /** Longest string element, in characters. */
  maxLength?: number;
  /** Most elements a list may hold. */
  maxItems?: number;
  /** A Forge `object` field's manifest `schema`, compiled once. */
  validateObject?: ObjectValidator;
  /** A Forge field's `edit.validation` expression: applies to Create issue, Edit issue and request create. */
  validateEdit?: EditValidator;
}

export interface FieldDefinition {
  id: string;
  name: string;
  /** The field's description (for Forge fields, the manifest's `description`). */
  description: string;
  custom: boolean;
  schema: FieldSchema;
  clauseNames: string[];
  orderable: boolean;
  navigable: boolean;
  searchable: boolean;
  /** Absent for fields nobody writes (status, Approvals, created, ...). */
  value?: FieldValueRules;
  /** Set for the app's own `jira:customField` modules: the app field value API writes only these. */
  forge?: { moduleKey: string };
}
