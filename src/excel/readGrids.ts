/**
 * Reads the used ranges into snapshot sheets: one sync per batch from
 * planReads (a 10,000-row sheet is one batch; a 500,000-row book about thirty).
 * If Excel on the web still finds a response too large (long texts defeat the
 * estimate), that batch is planned again at half the budget and retried: reads
 * change nothing. Progress is reported and the cancel signal checked after
 * every batch.
 *
 * Four grids, not five: the engine never looks at number formats (it reads the
 * text each cell shows), so `numberFormat`, about a quarter of the response
 * (`"General"` on every empty cell), is not loaded. `formulas` stays: the row
 * templates read formulas; `valueTypes` stays: it alone tells an error value from
 * a text that reads `#N/A`.
 */
import type { MergeArea, SheetSnapshot } from '../engine/snapshot';
import { abortError, isPayloadTooLarge } from './errors';
import { CELLS_PER_SYNC } from './limits';
import { planReads, type ReadBlock } from './readPlan';
import { toSheetSnapshot, type GridBlock, type SheetExtent } from './snapshotGrid';

const GRIDS = 'values,text,formulas,valueTypes';

export interface ReadProgress {
  readonly done: number;
  readonly total: number;
}

export async function readGrids(
  context: Excel.RequestContext,
  extents: readonly SheetExtent[],
  merges: ReadonlyMap<string, readonly MergeArea[]>,
  onBatch?: (p: ReadProgress) => void,
  signal?: AbortSignal,
): Promise<SheetSnapshot[]> {
  const blocks = new Map<string, GridBlock[]>();
  const pending = planReads(extents);
  let done = 0;
  let budget = CELLS_PER_SYNC;
  while (pending.length > 0) {
    const batch = pending.shift() as ReadBlock[];
    try {
      for (const b of await readBatch(context, batch)) {
        const list = blocks.get(b.sheet) ?? [];
        list.push(b.block);
        blocks.set(b.sheet, list);
      }
      done += 1;
    } catch (e) {
      const cells = batch.reduce((n, b) => n + b.rowCount * b.columnCount, 0);
      const singleRow = batch.length === 1 && batch[0]?.rowCount === 1;
      if (!isPayloadTooLarge(e) || singleRow) throw e;
      budget = Math.max(1, Math.floor(Math.min(budget, cells) / 2));
      pending.unshift(...planReads(batch.map(asExtent), budget));
    }
    onBatch?.({ done, total: done + pending.length });
    if (signal?.aborted) throw abortError();
  }
  return extents.map((e) => toSheetSnapshot(e, blocks.get(e.name) ?? [], merges.get(e.name) ?? []));
}

async function readBatch(
  context: Excel.RequestContext,
  batch: readonly ReadBlock[],
): Promise<{ sheet: string; block: GridBlock }[]> {
  const ranges = batch.map((b) => ({
    b,
    range: context.workbook.worksheets
      .getItem(b.sheet)
      .getRangeByIndexes(b.rowIndex, b.columnIndex, b.rowCount, b.columnCount)
      .load(GRIDS),
  }));
  await context.sync();
  return ranges.map(({ b, range }) => ({
    sheet: b.sheet,
    block: {
      rowIndex: b.rowIndex,
      values: range.values,
      text: range.text,
      formulas: range.formulas,
      valueTypes: range.valueTypes,
    },
  }));
}

function asExtent(b: ReadBlock): SheetExtent {
  return {
    name: b.sheet,
    rowIndex: b.rowIndex,
    columnIndex: b.columnIndex,
    rowCount: b.rowCount,
    columnCount: b.columnCount,
  };
}
