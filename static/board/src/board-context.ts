/**
 * What the board needs from `view.getContext()`: which module it renders in (the global page, or the
 * dashboard gadget: `extension.type`), and the viewer's time zone and language for every time it shows
 * (`timezone`, `locale`; @forge/bridge FullContext). Missing values fall back to the browser's.
 */
import { view } from '@forge/bridge';
import { useEffect, useState } from 'react';
import { browserViewer, type Viewer } from '../../ui-kit/format-zoned-time';

export interface BoardContext {
  surface: 'page' | 'gadget';
  viewer: Viewer;
}

const textAt = (value: unknown, key: string): string | undefined => {
  if (typeof value !== 'object' || value === null) return undefined;
  const found: unknown = Reflect.get(value, key);
  return typeof found === 'string' && found !== '' ? found : undefined;
};

export function readBoardContext(context: unknown): BoardContext {
  const fallback = browserViewer();
  const extension: unknown =
    typeof context === 'object' && context !== null ? Reflect.get(context, 'extension') : undefined;
  return {
    surface: textAt(extension, 'type') === 'jira:dashboardGadget' ? 'gadget' : 'page',
    viewer: {
      timeZone: textAt(context, 'timezone') ?? fallback.timeZone,
      locale: textAt(context, 'locale') ?? fallback.locale,
    },
  };
}

export function useBoardContext(): BoardContext | null {
  const [context, setContext] = useState<BoardContext | null>(null);
  useEffect(() => {
    let live = true;
    view.getContext().then(
      (answer) => {
        if (live) setContext(readBoardContext(answer));
      },
      () => {
        if (live) setContext(readBoardContext(undefined));
      },
    );
    return () => {
      live = false;
    };
  }, []);
  return context;
}
