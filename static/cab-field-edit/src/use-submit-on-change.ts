/**
 * Create and transition dialogs and the portal: hands every change to the host form with
 * `view.submit(value)`, which holds it until the person presses Create. Only the latest submission's
 * outcome is shown: an older one that fails after a newer one succeeded no longer matters.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

export interface SubmitOnChange {
  /** Why the latest value could not be handed over (the bridge throws when the host refuses it). */
  failure: string | null;
  retry: () => void;
}

export function useSubmitOnChange(
  value: unknown,
  active: boolean,
  submit: (value: unknown) => Promise<void>,
): SubmitOnChange {
  const key = JSON.stringify(value);
  const latestValue = useRef(value);
  latestValue.current = value;
  const sequence = useRef(0);
  const [failure, setFailure] = useState<string | null>(null);
  const [round, setRound] = useState(0);

  useEffect(() => {
    if (!active) return;
    sequence.current += 1;
    const mine = sequence.current;
    submit(latestValue.current).then(
      () => {
        if (mine === sequence.current) setFailure(null);
      },
      (error: unknown) => {
        if (mine === sequence.current) setFailure(error instanceof Error ? error.message : String(error));
      },
    );
  }, [key, active, submit, round]);

  const retry = useCallback(() => {
    setRound((value) => value + 1);
  }, []);
  return { failure, retry };
}
