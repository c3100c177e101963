/**
 * The syncs that look at the cells about to be marked or unmarked: their fill
 * now, the annotation on them now of the kind this run writes, and whether they
 * hold the other kind (a cell holds a note or a threaded comment, never both,
 * and adding ours there would fail) — one sync for up to about 5,000 cells,
 * more under the request limit beyond. Everything that decides what to write is
 * known before the first write. Reads only, so sent again while another
 * workbook has the focus.
 */
import { bySheet } from './addresses';
import { inChunks, type ChunkOptions } from './chunks';
import { FILL_PROPERTIES, readFill, type FillFormat } from './fill';
import { whenFocused } from './focus';
import { ESTIMATED_BYTES_PER_COMMAND } from './limits';
import { cellKey } from './stateFormat';
import type { CellRef } from './types';
import type { WorkbookInfo } from './workbook';

export interface CellNote {
  readonly content: string;
  /** The comment's id, for the comment fallback. */
  readonly commentId?: string;
}

export interface Probe {
  /** Keyed by `cellKey(sheet, cell)`. */
  readonly fills: ReadonlyMap<string, FillFormat>;
  /** Present only for cells that carry an annotation of the kind this run writes. */
  readonly notes: ReadonlyMap<string, CellNote>;
  /**
   * Cells that hold the other kind (a threaded comment where notes are written),
   * as far as the host lets us see: ours cannot go there.
   */
  readonly foreign: ReadonlySet<string>;
}

export async function probeCells(
  context: Excel.RequestContext,
  cells: readonly CellRef[],
  info: WorkbookInfo,
  options: ChunkOptions = {},
): Promise<Probe> {
  const fillMap = new Map<string, FillFormat>();
  const noteMap = new Map<string, CellNote>();
  const foreign = new Set<string>();
  if (cells.length === 0) return { fills: fillMap, notes: noteMap, foreign };
  const notesApi = info.notesApi;
  const unique = [...new Map(cells.map((c) => [cellKey(c.sheet, c.cell), c])).values()];
  const wanted = new Set(unique.map((c) => cellKey(c.sheet, c.cell)));
  // Per cell: getRange, load fill, notes.getItemOrNullObject, load; the response
  // (five fill properties, a note's text) is bounded by the halving in inChunks.
  const bytesOf = (c: CellRef) => 5 * ESTIMATED_BYTES_PER_COMMAND + c.cell.length;
  let first = true;
  await inChunks(
    unique,
    bytesOf,
    (chunk) =>
      whenFocused(context, async () => {
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
        // Where comments are: ours in the comment fallback, the other kind with notes.
        const locations = first
          ? info.comments.map((c) => ({ c, at: c.proxy.getLocation().load('address') }))
          : [];
        await context.sync();
        first = false;
        for (const [key, fill] of fills) fillMap.set(key, readFill(fill));
        for (const [key, note] of notes)
          if (!note.isNullObject) noteMap.set(key, { content: note.content });
        for (const { c, at } of locations) {
          const ref = splitAddress(at.address);
          if (!ref) continue;
          const key = cellKey(ref.sheet, ref.cell);
          if (!wanted.has(key)) continue;
          if (notesApi === 'comment') noteMap.set(key, { content: c.content, commentId: c.id });
          else foreign.add(key);
        }
      }),
    options,
  );
  return { fills: fillMap, notes: noteMap, foreign };
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
