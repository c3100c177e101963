/**
 * One sync that looks at the cells about to be marked or unmarked: their fill
 * now, and the note (or comment) on them now. Everything that decides what to
 * write is known before the first write.
 */
import { bySheet } from './addresses';
import { FILL_PROPERTIES, readFill, type FillFormat } from './fill';
import { cellKey } from './stateFormat';
import type { CellRef, NotesApi } from './types';
import type { WorkbookInfo } from './workbook';

export interface CellNote {
  readonly content: string;
  /** The comment's id, for the comment fallback. */
  readonly commentId?: string;
}

export interface Probe {
  /** Keyed by `cellKey(sheet, cell)`. */
  readonly fills: ReadonlyMap<string, FillFormat>;
  /** Present only for cells that carry a note or comment. */
  readonly notes: ReadonlyMap<string, CellNote>;
}

export async function probeCells(
  context: Excel.RequestContext,
  cells: readonly CellRef[],
  notesApi: NotesApi,
  info: WorkbookInfo,
): Promise<Probe> {
  if (cells.length === 0) return { fills: new Map(), notes: new Map() };
  const fills = new Map<string, Excel.RangeFill>();
  const notes = new Map<string, Excel.Note>();
  for (const [sheetName, refs] of bySheet(cells)) {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    for (const { cell } of refs) {
      const key = cellKey(sheetName, cell);
      if (fills.has(key)) continue;
      fills.set(key, sheet.getRange(cell).format.fill.load(FILL_PROPERTIES));
      if (notesApi === 'note')
        notes.set(key, sheet.notes.getItemOrNullObject(cell).load('content'));
    }
  }
  const locations =
    notesApi === 'comment'
      ? info.comments.map((c) => ({ c, at: c.proxy.getLocation().load('address') }))
      : [];
  await context.sync();

  const noteMap = new Map<string, CellNote>();
  for (const [key, note] of notes)
    if (!note.isNullObject) noteMap.set(key, { content: note.content });
  for (const { c, at } of locations) {
    const ref = splitAddress(at.address);
    if (ref) noteMap.set(cellKey(ref.sheet, ref.cell), { content: c.content, commentId: c.id });
  }
  return { fills: new Map([...fills].map(([k, f]) => [k, readFill(f)])), notes: noteMap };
}

/** `'My sheet'!D14` → { sheet: "My sheet", cell: "D14" }. */
export function splitAddress(address: string): CellRef | null {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return null;
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const cell =
    address
      .slice(bang + 1)
      .replace(/\$/g, '')
      .split(':')[0] ?? '';
  return { sheet, cell: cell.toUpperCase() };
}
