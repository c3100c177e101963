/** Splits the used ranges into row blocks and the blocks into syncs. Pure. */
import { CELLS_PER_SYNC, MAX_CELLS_PER_READ } from './limits';
import type { SheetExtent } from './snapshotGrid';

export interface ReadBlock {
  readonly sheet: string;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/**
 * Blocks of whole rows, packed into batches of at most `cellsPerSync` cells;
 * each batch is one `context.sync()`. A workbook under the budget is one batch,
 * however many sheets it has.
 */
export function planReads(
  extents: readonly SheetExtent[],
  cellsPerSync = CELLS_PER_SYNC,
): ReadBlock[][] {
  const budget = Math.min(cellsPerSync, MAX_CELLS_PER_READ);
  const batches: ReadBlock[][] = [];
  let batch: ReadBlock[] = [];
  let cells = 0;
  for (const e of extents) {
    if (e.rowCount <= 0 || e.columnCount <= 0) continue;
    let row = 0;
    while (row < e.rowCount) {
      const room = Math.floor((budget - cells) / e.columnCount);
      if (room < 1 && batch.length > 0) {
        batches.push(batch);
        batch = [];
        cells = 0;
        continue;
      }
      // A row wider than the budget still has to be read: alone, one row per sync.
      const rows = Math.max(1, Math.min(room, e.rowCount - row));
      batch.push({
        sheet: e.name,
        rowIndex: e.rowIndex + row,
        columnIndex: e.columnIndex,
        rowCount: rows,
        columnCount: e.columnCount,
      });
      cells += rows * e.columnCount;
      row += rows;
    }
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}
