/**
 * Merged areas of the used ranges, read so that no sheet can stop Verify.
 * `getMergedAreasOrNullObject` fails on a range holding more than 512 merged
 * areas (documented), and budget books hold thousands; so each used range is
 * read in blocks of MERGE_BLOCK_ROWS rows (a block fails only above five merges a
 * row), as many blocks to a sync as the response allows. A sync that fails
 * anyway is split: a batch into halves, a lone block into quarters, down to a
 * row; a row Excel still refuses, or anything beyond MAX_MERGE_RECOVERIES, is
 * read without merged areas and reported as a gap (the engine reads a table
 * without them less well, never wrongly). Where the host has no
 * getMergedAreasOrNullObject (before ExcelApi 1.13), every row is a gap.
 */
import type { MergeArea } from '../engine/snapshot';
import { isEditMode, isPayloadTooLarge } from './errors';
import { whenFocused } from './focus';
import { GRID_COLUMNS, READ_BUDGET_BYTES } from './limits';
import { packChunks } from './chunks';
import { parseAreas, type SheetExtent } from './snapshotGrid';

export const MERGE_BLOCK_ROWS = 100;

/** Syncs spent splitting failed reads before the rest are given up as gaps. */
export const MAX_MERGE_RECOVERIES = 40;

/** Rows (0-based, inclusive) of a sheet read without their merged areas. */
export interface MergeGap {
  readonly sheet: string;
  readonly fromRow: number;
  readonly toRow: number;
}

export interface MergeRead {
  readonly merges: Map<string, MergeArea[]>;
  readonly unread: MergeGap[];
}

interface Block {
  readonly extent: SheetExtent;
  readonly row: number;
  readonly rows: number;
}

export async function readMerges(
  context: Excel.RequestContext,
  extents: readonly SheetExtent[],
): Promise<MergeRead> {
  const merges = new Map<string, MergeArea[]>(extents.map((e) => [e.name, []]));
  const seen = new Set<string>();
  const unread: MergeGap[] = [];
  const gap = (b: Block) =>
    unread.push({ sheet: b.extent.name, fromRow: b.row, toRow: b.row + b.rows - 1 });
  // Every row down to the used range's last, across the whole width: a merged
  // area that only starts above or left of the values still shapes the table.
  const blocks = extents.flatMap((e) => blocksOf(e, 0, e.rowIndex + e.rowCount, MERGE_BLOCK_ROWS));
  if (blocks.length === 0) return { merges, unread };
  if (!canReadMerges(context, blocks[0] as Block)) {
    for (const b of blocks) gap(b);
    return { merges: new Map(), unread: mergeGaps(unread) };
  }
  const pending = packChunks(blocks, responseBytes, READ_BUDGET_BYTES);
  let recoveries = 0;
  while (pending.length > 0) {
    const batch = pending.shift() as Block[];
    try {
      const found = await whenFocused(context, () => readBatch(context, batch));
      for (const { extent, areas } of found) {
        for (const area of areas) {
          const key = `${extent.name}\u0000${area.top},${area.left},${area.bottom},${area.right}`;
          if (seen.has(key)) continue;
          seen.add(key);
          merges.get(extent.name)?.push(area);
        }
      }
    } catch (e) {
      if (isEditMode(e)) throw e;
      const only = batch[0] as Block;
      recoveries += 1;
      if (recoveries > MAX_MERGE_RECOVERIES || (batch.length === 1 && only.rows === 1)) {
        for (const b of batch) gap(b);
      } else if (batch.length > 1) {
        const half = Math.ceil(batch.length / 2);
        pending.unshift(batch.slice(0, half), batch.slice(half));
      } else if (isPayloadTooLarge(e)) {
        pending.unshift(
          ...blocksOf(only.extent, only.row, only.rows, Math.ceil(only.rows / 2)).map((b) => [b]),
        );
      } else {
        pending.unshift(blocksOf(only.extent, only.row, only.rows, Math.ceil(only.rows / 4)));
      }
    }
  }
  return { merges, unread: mergeGaps(unread) };
}

function blocksOf(extent: SheetExtent, from: number, count: number, size: number): Block[] {
  const out: Block[] = [];
  for (let row = from; row < from + count; row += size)
    out.push({ extent, row, rows: Math.min(size, from + count - row) });
  return out;
}

/** One area a row at most, each `'Sheet name'!A1:B2, ` (a name's bytes counted as UTF-8). */
function responseBytes(b: Block): number {
  return b.rows * (3 * b.extent.name.length + 24) + 64;
}

function canReadMerges(context: Excel.RequestContext, b: Block): boolean {
  const range = rangeOf(context, b) as { getMergedAreasOrNullObject?: unknown };
  return typeof range.getMergedAreasOrNullObject === 'function';
}

function rangeOf(context: Excel.RequestContext, b: Block): Excel.Range {
  return context.workbook.worksheets
    .getItem(b.extent.name)
    .getRangeByIndexes(b.row, 0, b.rows, GRID_COLUMNS);
}

async function readBatch(
  context: Excel.RequestContext,
  batch: readonly Block[],
): Promise<{ extent: SheetExtent; areas: MergeArea[] }[]> {
  const loaded = batch.map((b) => ({
    extent: b.extent,
    areas: rangeOf(context, b).getMergedAreasOrNullObject().load('address'),
  }));
  await context.sync();
  return loaded.map(({ extent, areas }) => ({
    extent,
    areas: areas.isNullObject ? [] : parseAreas(areas.address),
  }));
}

/** Adjacent gaps of a sheet as one. */
function mergeGaps(gaps: readonly MergeGap[]): MergeGap[] {
  const out: MergeGap[] = [];
  for (const g of [...gaps].sort((a, b) =>
    a.sheet < b.sheet ? -1 : a.sheet > b.sheet ? 1 : a.fromRow - b.fromRow,
  )) {
    const last = out[out.length - 1];
    if (last && last.sheet === g.sheet && last.toRow + 1 >= g.fromRow)
      out[out.length - 1] = { ...last, toRow: Math.max(last.toRow, g.toRow) };
    else out.push(g);
  }
  return out;
}
