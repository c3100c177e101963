/**
 * The syncs that look at the cells about to be marked or unmarked: their fill
 * now, and the note (or comment) on them now — one sync for up to about 5,000
 * cells, more under the request limit beyond. Everything that decides what to
 * write is known before the first write.
 */
import { bySheet } from './addresses';
import { inChunks, type ChunkOptions } from './chunks';
import { FILL_PROPERTIES, readFill, type FillFormat } from './fill';
import { ESTIMATED_BYTES_PER_COMMAND } from './limits';
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
  options: ChunkOptions = {},
): Promise<Probe> {
  const fillMap = new Map<string, FillFormat>();
  const noteMap = new Map<string, CellNote>();
  if (cells.length === 0) return { fills: fillMap, notes: noteMap };
  const unique = [...new Map(cells.map((c) => [cellKey(c.sheet, c.cell), c])).values()];
  // Per cell: getRange, load fill, notes.getItemOrNullObject, load; the response
  // (five fill properties, a note's text) is bounded by the halving in inChunks.
  const bytesOf = (c: CellRef) => 5 * ESTIMATED_BYTES_PER_COMMAND + c.cell.length;
  let first = true;
  await inChunks(
    unique,
    bytesOf,
    async (chunk) => {
      const fills = new Map<string, Excel.RangeFill>();
      const notes = new Map<string, Excel.Note>();
      for (const [sheetName, refs] of bySheet(chunk)) {
        const sheet = context.workbook.worksheets.getItem(sheetName);
        for (const { cell } of refs) {
          const key = cellKey(sheetName, cell);
          fills.set(key, sheet.getRange(cell).format.fill.load(FILL_PROPERTIES));
          if (notesApi === 'note')
            notes.set(key, sheet.notes.getItemOrNullObject(cell).load('content'));
        }
      }
      const locations =
        notesApi === 'comment' && first
          ? info.comments.map((c) => ({ c, at: c.proxy.getLocation().load('address') }))
          : [];
      await context.sync();
      first = false;
      for (const [key, fill] of fills) fillMap.set(key, readFill(fill));
      for (const [key, note] of notes)
        if (!note.isNullObject) noteMap.set(key, { content: note.content });
      for (const { c, at } of locations) {
        const ref = splitAddress(at.address);
        if (ref) noteMap.set(cellKey(ref.sheet, ref.cell), { content: c.content, commentId: c.id });
      }
    },
    options,
  );
  return { fills: fillMap, notes: noteMap };
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
