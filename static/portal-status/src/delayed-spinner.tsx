/**
 * A spinner that appears only when loading takes a while. The request detail module is shown on every
 * request type of the portal and renders nothing for most of them, so a spinner flashing on each one
 * would be noise; a slow load still says that something is coming.
 */
import { useEffect, useState } from 'react';
import { Spinner } from '../../ui-kit/components';

export const SPINNER_DELAY_MS = 500;

export function DelayedSpinner(props: { label: string }) {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const timer = window.setTimeout(() => {
      setShown(true);
    }, SPINNER_DELAY_MS);
    return () => {
      window.clearTimeout(timer);
    };
  }, []);
  if (!shown) return null;
  return (
    <div className="rs-panel">
      <Spinner label={props.label} />
    </div>
  );
}
