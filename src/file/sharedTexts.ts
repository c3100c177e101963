/**
 * A row's texts given up for its values where they say the same thing: every cell
 * empty or a string shown as it is. The snapshot then holds one array for the row, not
 * two (SheetSnapshot.texts: null is the value's own text). Half the rows of an e-호조
 * statement and nearly all of a 사업설명서's hold no number; their second array was about
 * 130 bytes a row kept for the whole check (33 MB of the 493k-row statement book).
 * Done on the laid-out rows, after the last change to them (merges blanked, rows
 * widened), so no row is shared while it can still be written to.
 */
import type { CellValue, SheetSnapshot } from '../engine/index';

export function shareTexts(sheet: SheetSnapshot): SheetSnapshot {
  // The layout's own arrays, not yet handed to anyone.
  const texts = sheet.texts as (readonly (string | null)[])[];
  const { values } = sheet;
  for (let r = 0; r < values.length; r++) {
    const row = values[r];
    const shown = texts[r];
    if (row && shown && row !== shown && sameText(row, shown)) texts[r] = row as readonly (string | null)[];
  }
  return sheet;
}

/** Whether each cell's text is its value's own: '' for an empty cell, the string itself for a string. */
function sameText(values: readonly CellValue[], texts: readonly (string | null)[]): boolean {
  if (values.length !== texts.length) return false;
  for (let c = 0; c < values.length; c++) {
    const value = values[c];
    const text = texts[c];
    if (value === null || value === undefined) {
      if (text !== '' && text !== null && text !== undefined) return false;
    } else if (value !== text) return false;
  }
  return true;
}
