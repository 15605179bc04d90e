/**
 * Validates the answers on the server as the person edits (debounced) and on blur, and tells JSM after every
 * change whether the form may be created: `isValid` is true only when the last reply was "valid" for exactly
 * these answers, so a slow reply for older answers can never enable Create for newer, unchecked ones.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { FieldError, ResolverResult, ValidationView } from '@async-cab/shared/client';
import { answersKey, type ChangeRequestAnswers } from './form-state';

/** Long enough not to call the resolver on every keystroke, short enough to feel live (~400 ms, brief). */
export const VALIDATE_DEBOUNCE_MS = 400;

interface Checked {
  key: string;
  answers: ChangeRequestAnswers;
  valid: boolean;
  fieldErrors: FieldError[];
}

export interface LiveValidation {
  /** Errors from the most recent reply (possibly for slightly older answers while the person types). */
  fieldErrors: FieldError[];
  /** The answers those errors were found in, so the form can hide errors of fields changed since. */
  checkedAnswers: ChangeRequestAnswers | null;
  /** True only when the latest answers were checked and are valid. */
  isValid: boolean;
  checking: boolean;
  /** The resolver could not be reached or failed; its message. */
  failure: string | null;
  /** Validate now (blur, "Check my answers"); resolves with the errors for the current answers. */
  validateNow: () => Promise<FieldError[] | null>;
}

export function useLiveValidation(
  answers: ChangeRequestAnswers,
  validate: (answers: ChangeRequestAnswers) => Promise<ResolverResult<ValidationView>>,
  submit: (answers: ChangeRequestAnswers, isValid: boolean) => void,
): LiveValidation {
  const key = answersKey(answers);
  const current = useRef({ key, answers });
  current.current = { key, answers };
  const [checked, setChecked] = useState<Checked | null>(null);
  const [checking, setChecking] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const inFlight = useRef(new Map<string, Promise<FieldError[] | null>>());

  const run = useCallback(
    (forAnswers: ChangeRequestAnswers, forKey: string): Promise<FieldError[] | null> => {
      const pending = inFlight.current.get(forKey);
      if (pending !== undefined) return pending;
      setChecking(true);
      const request = validate(forAnswers).then((result) => {
        inFlight.current.delete(forKey);
        if (current.current.key === forKey) setChecking(false);
        if (!result.ok) {
          setFailure(result.error.message);
          return null;
        }
        setFailure(null);
        setChecked({
          key: forKey,
          answers: forAnswers,
          valid: result.value.valid,
          fieldErrors: result.value.fieldErrors,
        });
        return result.value.fieldErrors;
      });
      inFlight.current.set(forKey, request);
      return request;
    },
    [validate],
  );

  const isValid = checked !== null && checked.key === key && checked.valid;

  // Every change (and every reply) tells JSM the current answers and whether Create may go ahead.
  useEffect(() => {
    submit(current.current.answers, isValid);
  }, [key, isValid, submit]);

  useEffect(() => {
    if (checked?.key === key) return undefined;
    const timer = window.setTimeout(() => {
      void run(current.current.answers, key);
    }, VALIDATE_DEBOUNCE_MS);
    return () => {
      window.clearTimeout(timer);
    };
  }, [key, checked?.key, run]);

  const validateNow = useCallback(async (): Promise<FieldError[] | null> => {
    const { key: nowKey, answers: nowAnswers } = current.current;
    if (checked?.key === nowKey) return checked.fieldErrors;
    return run(nowAnswers, nowKey);
  }, [checked, run]);

  return {
    fieldErrors: checked?.fieldErrors ?? [],
    checkedAnswers: checked?.answers ?? null,
    isValid,
    checking,
    failure,
    validateNow,
  };
}
