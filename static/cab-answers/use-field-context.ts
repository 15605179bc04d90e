/** Reads the field experience's context once (see field-extension-context.ts for what is read and why). */
import { view } from '@forge/bridge';
import { useEffect, useState } from 'react';
import { browserViewer } from '../ui-kit/format-zoned-time';
import { readFieldExtensionContext, type FieldExtensionContext } from './field-extension-context';

export type FieldContextState =
  | { state: 'loading' }
  | { state: 'ready'; context: FieldExtensionContext }
  | { state: 'failed'; message: string };

export function useFieldContext(): FieldContextState {
  const [state, setState] = useState<FieldContextState>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    view.getContext().then(
      (context) => {
        if (live) setState({ state: 'ready', context: readFieldExtensionContext(context, browserViewer()) });
      },
      (error: unknown) => {
        if (!live) return;
        const detail = error instanceof Error ? error.message : String(error);
        setState({ state: 'failed', message: `The field could not read its context from Jira (${detail}).` });
      },
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
