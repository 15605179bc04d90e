/** Reads the field experience's context once (see field-extension-context.ts for what is read and why). */
import { view } from '@forge/bridge';
import { useEffect, useState } from 'react';
import { readFieldExtensionContext, type FieldExtensionContext } from './field-extension-context';

export type FieldContextState =
  | { state: 'loading' }
  | { state: 'ready'; context: FieldExtensionContext }
  | { state: 'failed'; message: string };

/** The browser's own zone and language stand in when the host does not give the viewer's. */
function browserFallbacks(): { timeZone: string; locale: string } {
  const resolved = Intl.DateTimeFormat().resolvedOptions();
  return { timeZone: resolved.timeZone, locale: resolved.locale };
}

export function useFieldContext(): FieldContextState {
  const [state, setState] = useState<FieldContextState>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    view.getContext().then(
      (context) => {
        if (live)
          setState({ state: 'ready', context: readFieldExtensionContext(context, browserFallbacks()) });
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
