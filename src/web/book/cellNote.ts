/** Setting and removing a cell's note in exceljs. */
import type { Cell, Comment } from 'exceljs';

/** The plain text of a note, whatever its form. */
export function noteText(note: string | Comment | undefined | null): string {
  if (note === undefined || note === null) return '';
  if (typeof note === 'string') return note;
  return (note.texts ?? []).map((run) => run.text).join('');
}

/**
 * exceljs 4.4 can set a note but has no call to remove one: the note lives in
 * the cell's private `_comment`, which is what removing clears.
 */
export function setNote(cell: Cell, note: string | Comment | null): void {
  if (note !== null) {
    cell.note = note;
    return;
  }
  (cell as unknown as { _comment?: unknown })._comment = undefined;
}
