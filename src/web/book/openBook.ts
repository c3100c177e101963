/**
 * Bytes of an .xlsx file → a BookSession. A copy this page saved earlier
 * carries `mark` records: each still-highlighted cell gets its original fill
 * and note back in the model, and its highlight is shown as an overlay again,
 * so Clear can remove it exactly.
 */
import type { Cell, Workbook } from 'exceljs';
import { parseCellAddress } from '../../engine/address';
import { WorkbookReadError } from '../../file/errors';
import { loadWorkbook } from '../../file/load';
import type { BookCheck } from './bookCheck';
import { showDamagedCells } from './damagedCells';
import { mergedNote } from '../../file/notes';
import { noteText, setNote } from './cellNote';
import { readBookState, type MarkRecord } from './stateSheet';
import { BookSession, type Mark } from './session';

/** Still our highlight: a solid fill in the recorded colour. */
function showsHighlight(cell: Cell, argb: string): boolean {
  const fill = cell.fill;
  return (
    fill?.type === 'pattern' &&
    fill.pattern === 'solid' &&
    (fill.fgColor?.argb ?? '').toUpperCase() === argb.toUpperCase()
  );
}

/** Puts a recorded cell back as it was before Save painted it; null when the user has changed it since. */
function restore(workbook: Workbook, record: MarkRecord): Mark | null {
  const sheet = workbook.getWorksheet(record.sheet);
  const at = parseCellAddress(record.cell);
  if (!sheet || !at) return null;
  const cell = sheet.getCell(at.row + 1, at.col + 1);
  if (!showsHighlight(cell, record.highlight)) return null;
  // A fresh style object: exceljs shares one among cells loaded with the same style.
  const style = { ...cell.style };
  delete style.fill;
  cell.style = record.fill ? { ...style, fill: record.fill } : style;
  // Our note comes off only if the note is still exactly what Save wrote.
  if (noteText(cell.note) === noteText(mergedNote(record.note ?? undefined, record.content))) {
    setNote(cell, record.note);
  }
  return { sheet: record.sheet, cell: record.cell, fill: record.highlight, note: record.content };
}

/**
 * Opens the bytes as a workbook. With a `check` (the page's, bookCheck.ts), the file
 * is first measured against the page's limits, so that a hostile file is a message
 * and never a tab that exceljs ran out of memory in.
 */
export async function openBook(bytes: Uint8Array, fileName: string, check?: BookCheck): Promise<BookSession> {
  const answer = check ? await check(bytes, fileName) : null;
  if (answer?.problem) throw new WorkbookReadError(answer.problem, fileName);
  const workbook = await loadWorkbook(bytes, fileName);
  showDamagedCells(workbook, answer?.damaged ?? []);
  const state = readBookState(workbook);
  const marks = state.marks.map((r) => restore(workbook, r)).filter((m): m is Mark => m !== null);
  const report = state.report && workbook.getWorksheet(state.report) ? state.report : null;
  return new BookSession(workbook, fileName, { ...state, report }, marks);
}
