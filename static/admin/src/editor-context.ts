/** What every control of the policy editor needs: whether it may edit, and the errors for its path. */
import { createContext, useContext } from 'react';
import { controlId } from './field-error-paths';
import type { PolicyDraft } from './policy-document';

export interface EditorContextValue {
  readOnly: boolean;
  errors: ReadonlyMap<string, readonly string[]>;
  /** The policy being edited, for group names. */
  policy: PolicyDraft;
}

export const EditorContext = createContext<EditorContextValue | null>(null);

export function useEditor(): EditorContextValue {
  const value = useContext(EditorContext);
  if (value === null) throw new Error('useEditor is used outside the policy editor');
  return value;
}

/** The id, error text and read-only flag of the control at `path`. */
export function useControl(path: string): { id: string; error: string | undefined; readOnly: boolean } {
  const { errors, readOnly } = useEditor();
  const messages = errors.get(path);
  return {
    id: controlId(path),
    error: messages === undefined ? undefined : messages.join(' '),
    readOnly,
  };
}
