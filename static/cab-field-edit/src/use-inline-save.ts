/**
 * Save and Cancel of an inline edit on the issue view. Save checks the answer first and refuses it with
 * the domain's messages shown (focus goes to the first part at fault); only a valid answer is handed to
 * `view.submit`, whose failure (it throws when Jira refuses) is said next to the buttons. Cancel asks
 * Jira to close the edit with `view.close()`.
 */
import { useRef, useState } from 'react';
import type { CabAnswerFieldKey, FieldError } from '@async-cab/shared/client';
import { focusField } from '../../cab-answers/field-ids';
import type { FormState } from '../../cab-answers/form-state';
import { fieldMessages, firstInvalidPart } from './field-messages';
import type { FieldBridge } from './field-bridge';

export interface InlineSave {
  busy: 'checking' | 'saving' | null;
  saved: boolean;
  failure: string | null;
  /** True once Save was pressed: from then on every message is shown, left or not. */
  attempted: boolean;
  save: () => Promise<void>;
  cancel: () => void;
  /** The person changed the answer: an earlier "Saved." or failure no longer describes it. */
  reset: () => void;
}

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

export function useInlineSave(input: {
  field: CabAnswerFieldKey;
  state: FormState;
  /** JSON of the answer being checked; a change while the check runs needs its own check. */
  draftKey: string;
  submitted: unknown;
  validateNow: () => Promise<FieldError[] | null>;
  bridge: FieldBridge;
}): InlineSave {
  const [busy, setBusy] = useState<InlineSave['busy']>(null);
  const [saved, setSaved] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [attempted, setAttempted] = useState(false);
  const latestKey = useRef(input.draftKey);
  latestKey.current = input.draftKey;

  const save = async () => {
    if (busy !== null) return;
    setAttempted(true);
    setFailure(null);
    setBusy('checking');
    const { field, state, draftKey, submitted } = input;
    const errors = await input.validateNow();
    // A failed check is shown by the validation message.
    if (errors === null || latestKey.current !== draftKey) {
      setBusy(null);
      return;
    }
    if (errors.length > 0) {
      setBusy(null);
      const first = firstInvalidPart(field, fieldMessages(field, errors, state));
      if (first !== null) focusField(first);
      return;
    }
    setBusy('saving');
    try {
      await input.bridge.submit(submitted);
      setSaved(true);
    } catch (error) {
      setFailure(`Not saved: ${messageOf(error)}`);
    } finally {
      setBusy(null);
    }
  };

  const cancel = () => {
    input.bridge.close().catch((error: unknown) => {
      setFailure(`The edit could not be closed: ${messageOf(error)}`);
    });
  };

  const reset = () => {
    setSaved(false);
    setFailure(null);
  };

  return { busy, saved, failure, attempted, save, cancel, reset };
}
