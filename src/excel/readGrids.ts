/**
 * Reads the used ranges into snapshot sheets: one sync per batch from
 * planReads (a 10,000-row sheet is one batch; a 500,000-row, 10-column book
 * about thirty). If Excel on the web still finds a response too large (long
 * texts defeat the estimate), that batch is planned again at half the budget
 * and retried: reads change nothing. Progress is reported and the cancel signal
 * checked after every batch.
 *
 * Three grids for every cell, not five (measured on generated budget books,
 * bytes a cell: values 6.6, text 6.9, formulas 6.6, valueTypes 8.3,
 * numberFormat 11.3 — most cells are empty, and `"General"`, `"Empty"` cost
 * more than `""`):
 * - `numberFormat` is not read: the engine reads the text each cell shows,
 *   never its format;
 * - `valueTypes` only tells an error value from text (an empty cell is already
 *   `""` in `values`), and only a text that reads like an error (`#N/A`,
 *   `#DIV/0!`…) can be either: the types of the rows holding one are read
 *   afterwards, in one more sync or a few, and only when there is one;
 * - `formulas` stays: the row templates read formulas.
 */
import type { MergeArea, SheetSnapshot } from '../engine/snapshot';
import { abortError, isPayloadTooLarge } from './errors';
import { CELLS_PER_SYNC, READ_BUDGET_BYTES } from './limits';
import { planReads, type ReadBlock } from './readPlan';
import { toSheetSnapshot, type GridBlock, type SheetExtent } from './snapshotGrid';

const GRIDS = ['values', 'text', 'formulas'] as const;
const NO_TYPES: readonly unknown[] = [];

/** A `valueTypes` entry (`"Double",`) costs about 9 bytes; 12 leaves room. */
const TYPES_PER_SYNC = Math.floor(READ_BUDGET_BYTES / 12);

/** Excel's error values: a text cell can read the same, so only valueTypes can tell. */
const ERROR_LIKE = new Set([
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
  '#FIELD!',
  '#BLOCKED!',
  '#CONNECT!',
  '#BUSY!',
  '#UNKNOWN!',
  '#PYTHON!',
  '#EXTERNAL!',
]);

export interface ReadProgress {
  readonly done: number;
  readonly total: number;
}

type Grids = Record<string, unknown[][]>;

interface ReadResult {
  readonly block: ReadBlock;
  readonly grids: Grids;
}

export async function readGrids(
  context: Excel.RequestContext,
  extents: readonly SheetExtent[],
  merges: ReadonlyMap<string, readonly MergeArea[]>,
  onBatch?: (p: ReadProgress) => void,
  signal?: AbortSignal,
): Promise<SheetSnapshot[]> {
  const read = await readPlanned(context, extents, GRIDS, CELLS_PER_SYNC, onBatch, signal);
  const types = await readTypes(context, read, signal);
  const blocks = new Map<string, GridBlock[]>();
  for (const { block, grids } of read) {
    const list = blocks.get(block.sheet) ?? [];
    list.push({
      rowIndex: block.rowIndex,
      values: grids.values ?? [],
      text: grids.text ?? [],
      formulas: grids.formulas ?? [],
      valueTypes: (grids.values ?? []).map(
        (_, r) => types.get(rowKey(block.sheet, block.rowIndex + r)) ?? NO_TYPES,
      ),
    });
    blocks.set(block.sheet, list);
  }
  return extents.map((e) => toSheetSnapshot(e, blocks.get(e.name) ?? [], merges.get(e.name) ?? []));
}

/** The value types of every row that holds a text reading like an error, keyed by rowKey. */
async function readTypes(
  context: Excel.RequestContext,
  read: readonly ReadResult[],
  signal?: AbortSignal,
): Promise<Map<string, unknown[]>> {
  const rows: SheetExtent[] = [];
  for (const { block, grids } of read) {
    (grids.values ?? []).forEach((row, r) => {
      if (!row.some((v) => typeof v === 'string' && ERROR_LIKE.has(v))) return;
      const at = block.rowIndex + r;
      const last = rows[rows.length - 1];
      if (last && last.name === block.sheet && last.rowIndex + last.rowCount === at)
        rows[rows.length - 1] = { ...last, rowCount: last.rowCount + 1 };
      else
        rows.push({
          name: block.sheet,
          rowIndex: at,
          columnIndex: block.columnIndex,
          rowCount: 1,
          columnCount: block.columnCount,
        });
    });
  }
  const types = new Map<string, unknown[]>();
  if (rows.length === 0) return types;
  for (const { block, grids } of await readPlanned(
    context,
    rows,
    ['valueTypes'],
    TYPES_PER_SYNC,
    undefined,
    signal,
  )) {
    (grids.valueTypes ?? []).forEach((row, r) =>
      types.set(rowKey(block.sheet, block.rowIndex + r), row),
    );
  }
  return types;
}

/** Reads `grids` of the extents in planned batches, halving a batch Excel finds too large. */
async function readPlanned(
  context: Excel.RequestContext,
  extents: readonly SheetExtent[],
  grids: readonly string[],
  cellsPerSync: number,
  onBatch?: (p: ReadProgress) => void,
  signal?: AbortSignal,
): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  const pending = planReads(extents, cellsPerSync);
  let done = 0;
  let budget = cellsPerSync;
  while (pending.length > 0) {
    const batch = pending.shift() as ReadBlock[];
    try {
      out.push(...(await readBatch(context, batch, grids)));
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
  return out;
}

async function readBatch(
  context: Excel.RequestContext,
  batch: readonly ReadBlock[],
  grids: readonly string[],
): Promise<ReadResult[]> {
  const ranges = batch.map((block) => ({
    block,
    range: context.workbook.worksheets
      .getItem(block.sheet)
      .getRangeByIndexes(block.rowIndex, block.columnIndex, block.rowCount, block.columnCount)
      .load(grids.join(',')),
  }));
  await context.sync();
  return ranges.map(({ block, range }) => ({
    block,
    grids: Object.fromEntries(
      grids.map((g) => [g, (range as unknown as Record<string, unknown[][]>)[g] ?? []]),
    ),
  }));
}

function rowKey(sheet: string, row: number): string {
  return `${sheet}\u0000${row}`;
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
