/**
 * Whose clock and language the UI shows times in: the person's Atlassian profile, as the product tells the
 * module (`timezone`, `locale` of @forge/bridge's FullContext), else the browser's. Starts with the
 * browser's so the first paint has times, and switches once the context arrives.
 */
import { view } from '@forge/bridge';
import { useEffect, useState } from 'react';
import { browserViewer, type Viewer } from './format-zoned-time';
import { isKnownTimeZone } from './time-zones';

const textAt = (value: unknown, key: string): string | undefined => {
  if (typeof value !== 'object' || value === null) return undefined;
  const found: unknown = Reflect.get(value, key);
  return typeof found === 'string' && found !== '' ? found : undefined;
};

/** A locale Intl can use ("en_US" is read as "en-US"), or undefined. */
function usableLocale(locale: string | undefined): string | undefined {
  if (locale === undefined) return undefined;
  const tag = locale.replace('_', '-');
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([tag]).length > 0 ? tag : undefined;
  } catch {
    return undefined;
  }
}

export function viewerOf(context: unknown, fallback: Viewer = browserViewer()): Viewer {
  const timeZone = textAt(context, 'timezone');
  return {
    timeZone: timeZone !== undefined && isKnownTimeZone(timeZone) ? timeZone : fallback.timeZone,
    locale: usableLocale(textAt(context, 'locale')) ?? fallback.locale,
  };
}

export function useViewer(): Viewer {
  const [viewer, setViewer] = useState<Viewer>(browserViewer);
  useEffect(() => {
    let live = true;
    view.getContext().then(
      (context) => {
        if (live) setViewer(viewerOf(context));
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return viewer;
}
