/**
 * Validates answers on the server as the person edits (debounced) and on demand (blur, Save, "Check my
 * answers"). Replies are keyed by the exact answers they were asked about, so a slow reply for older
 * answers never marks newer, unchecked ones valid: `isValid` holds only for the answers shown now.
 * Works for the whole request form (ChangeRequestAnswers) and for one field experience's value alike.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { FieldError, ResolverResult, ValidationView } from '@async-cab/shared/client';
import type { ChangeRequestAnswers } from './form-state';

/** Long enough not to call the resolver on every keystroke, short enough to feel live (~400 ms). */
export const VALIDATE_DEBOUNCE_MS = 400;

interface Checked<T> {
  key: string;
  answers: T;
  valid: boolean;
  fieldErrors: FieldError[];
}

export interface LiveValidation<T = ChangeRequestAnswers> {
  /** Errors from the most recent reply (possibly for slightly older answers while the person types). */
  fieldErrors: FieldError[];
  /** The answers those errors were found in, so the form can hide errors of answers changed since. */
  checkedAnswers: T | null;
  /** True when `fieldErrors` are those of the answers shown now (a reply for exactly them arrived). */
  upToDate: boolean;
  /** True only when the latest answers were checked and are valid. */
  isValid: boolean;
  /** True while the latest answers have no reply yet (a reply may be on its way or the debounce runs). */
  checking: boolean;
  /** The resolver could not be reached or failed; its message. */
  failure: string | null;
  /** Validate now; resolves with the errors for the current answers, or null when the check failed. */
  validateNow: () => Promise<FieldError[] | null>;
}

/** A stable key for "these exact answers" (JSON of plain data: the same answers give the same key). */
const keyOf = (answers: unknown): string => JSON.stringify(answers);

/**
 * @param report called after every change and every reply with the current answers and whether they are
 *   known to be valid (a form that must tell its host, e.g. to keep a Create button refused).
 * @param enabled false while there is nothing worth checking (an untouched, empty field): no resolver call.
 */
export function useLiveValidation<T = ChangeRequestAnswers>(
  answers: T,
  validate: (answers: T) => Promise<ResolverResult<ValidationView>>,
  report?: (answers: T, isValid: boolean) => void,
  enabled = true,
): LiveValidation<T> {
  const key = keyOf(answers);
  const current = useRef({ key, answers });
  current.current = { key, answers };
  const [checked, setChecked] = useState<Checked<T> | null>(null);
  const [pendingKey, setPendingKey] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const inFlight = useRef(new Map<string, Promise<FieldError[] | null>>());

  const run = useCallback(
    (forAnswers: T, forKey: string): Promise<FieldError[] | null> => {
      const pending = inFlight.current.get(forKey);
      if (pending !== undefined) return pending;
      setPendingKey(forKey);
      const request = validate(forAnswers).then((result) => {
        inFlight.current.delete(forKey);
        setPendingKey((previous) => (previous === forKey ? null : previous));
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

  useEffect(() => {
    report?.(current.current.answers, isValid);
  }, [key, isValid, report]);

  useEffect(() => {
    if (!enabled || checked?.key === key) return undefined;
    const timer = window.setTimeout(() => {
      void run(current.current.answers, key);
    }, VALIDATE_DEBOUNCE_MS);
    return () => {
      window.clearTimeout(timer);
    };
  }, [key, checked?.key, run, enabled]);

  const validateNow = useCallback(async (): Promise<FieldError[] | null> => {
    const { key: nowKey, answers: nowAnswers } = current.current;
    if (checked?.key === nowKey) return checked.fieldErrors;
    return run(nowAnswers, nowKey);
  }, [checked, run]);

  return {
    fieldErrors: checked?.fieldErrors ?? [],
    checkedAnswers: checked?.answers ?? null,
    upToDate: checked?.key === key,
    isValid,
    checking: pendingKey === key,
    failure,
    validateNow,
  };
}
