/**
 * The freezes and clashes of the window being planned (the getWindowFlags resolver), asked again a moment
 * after the person stops changing the window, systems or change type. A reply for older answers is dropped,
 * so what shows is always about the window on screen; a failed check shows nothing (the form still works).
 */
import { useEffect, useState } from 'react';
import type { WindowFlagsView } from '@async-cab/shared/client';
import { contract } from '../ui-kit/contract';
import type { ChangeTypeValue } from './form-state';
import { VALIDATE_DEBOUNCE_MS } from './use-live-validation';

export interface WindowToCheck {
  plannedWindow: { start: string; end: string; timeZone: string };
  /** null while not chosen (the create screen's window field never knows them). */
  affectedSystems: string[] | null;
  changeType: ChangeTypeValue;
  issueKey?: string | undefined;
}

export function useWindowFlags(window: WindowToCheck | null): WindowFlagsView | null {
  const key = window === null ? null : JSON.stringify(window);
  const [shown, setShown] = useState<{ key: string; flags: WindowFlagsView } | null>(null);
  useEffect(() => {
    if (key === null || window === null) return undefined;
    let live = true;
    const timer = setTimeout(() => {
      const payload = {
        plannedWindow: window.plannedWindow,
        changeType: window.changeType,
        ...(window.affectedSystems === null || window.affectedSystems.length === 0
          ? {}
          : { affectedSystems: window.affectedSystems }),
        ...(window.issueKey === undefined ? {} : { issueKey: window.issueKey }),
      };
      contract.getWindowFlags(payload).then(
        (result) => {
          if (live && result.ok) setShown({ key, flags: result.value });
        },
        () => undefined,
      );
    }, VALIDATE_DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // `key` stands for `window`'s contents.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return shown !== null && shown.key === key ? shown.flags : null;
}

/** The window to check, once both ends are complete instants (an incomplete one has nothing to flag). */
export function windowToCheck(
  plannedWindow: { start: string; end: string; timeZone: string },
  rest: Omit<WindowToCheck, 'plannedWindow'>,
): WindowToCheck | null {
  return plannedWindow.start === '' || plannedWindow.end === '' ? null : { plannedWindow, ...rest };
}
