/**
 * The reviewer's name, remembered on this computer (the pane's local storage) so
 * the next acceptance is signed without typing it again. Storage that is missing
 * or refused (private mode, a locked-down Office) only means the name is asked for
 * again: never an error.
 */
import { useCallback, useState } from 'react';

export const REVIEWER_KEY = 'budget-verify.reviewer';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function readReviewerName(): string {
  try {
    return storage()?.getItem(REVIEWER_KEY) ?? '';
  } catch {
    return '';
  }
}

export function rememberReviewerName(name: string): void {
  try {
    storage()?.setItem(REVIEWER_KEY, name.trim());
  } catch {
    // Not remembered: the name is asked for next time, nothing else changes.
  }
}

/** The remembered name and a setter that remembers a new one. */
export function useReviewerName(): [string, (name: string) => void] {
  const [name, setName] = useState(readReviewerName);
  const remember = useCallback((next: string) => {
    setName(next);
    rememberReviewerName(next);
  }, []);
  return [name, remember];
}
