/**
 * Ctrl+Z undoes, Ctrl+Y and Ctrl+Shift+Z redo (⌘ on a Mac), anywhere on the page
 * except where the keys already mean something: typing in a field (the Accept
 * reason, the Insert form, the name box) or in a dialog, which undo their own text.
 */
import { useEffect, useRef } from 'react';

/** Whether the key was pressed where the browser's own text undo belongs. */
export function ownsUndoKeys(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]'))
    return true;
  return target.closest('[role="dialog"], [role="alertdialog"]') !== null;
}

/** Which of the two the key press asks for, or null. */
export function undoKeyOf(event: KeyboardEvent): 'undo' | 'redo' | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !event.shiftKey) return 'redo';
  return null;
}

export function useUndoKeys(onUndo: () => void, onRedo: () => void): void {
  const handlers = useRef({ onUndo, onRedo });
  useEffect(() => {
    handlers.current = { onUndo, onRedo };
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || ownsUndoKeys(event.target)) return;
      const wanted = undoKeyOf(event);
      if (!wanted) return;
      event.preventDefault();
      if (wanted === 'undo') handlers.current.onUndo();
      else handlers.current.onRedo();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
