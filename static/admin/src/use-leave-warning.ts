/** Asks the browser to confirm leaving while there are unsaved changes (the `beforeunload` prompt). */
import { useEffect } from 'react';

export function useLeaveWarning(active: boolean): void {
  useEffect(() => {
    if (!active) return undefined;
    const warn = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Chromium before 119 shows the prompt only when returnValue is set (the text itself is ignored).
      // eslint-disable-next-line @typescript-eslint/no-deprecated -- needed by the browsers named above
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => {
      window.removeEventListener('beforeunload', warn);
    };
  }, [active]);
}
