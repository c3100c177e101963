/**
 * The first two round trips every action shares: what the workbook is (sheets,
 * read-only, structure protection) and then, per sheet, protection, used-range
 * extent and merged areas, with the add-in's own records from the state sheet.
 */
import { STATE_SHEET } from '../engine/review';
import type { MergeArea } from '../engine/snapshot';
import { parseAreas, type SheetExtent } from './snapshotGrid';
import { EMPTY_STATE, parseState, type WorkbookState } from './stateFormat';
import { inChunks } from './chunks';
import { READ_BUDGET_BYTES } from './limits';
import type { NotesApi } from './types';

/** Records read with the details (about 600 KB at most); more take further syncs. */
const STATE_ROWS_IN_FIRST_SYNC = 2000;
const STATE_BLOCK_ROWS = 500;

export interface WorkbookInfo {
  readonly readOnly: boolean;
  readonly structureProtected: boolean;
  /** The user's sheets in tab order (the state sheet left out). */
  readonly sheets: readonly string[];
  readonly activeSheet: string;
  readonly hasStateSheet: boolean;
  /** Every comment's id and text, for the comment fallback (empty otherwise). */
  readonly comments: readonly {
    readonly id: string;
    readonly content: string;
    readonly proxy: Excel.Comment;
  }[];
}

/** One sync. */
export async function loadInfo(
  context: Excel.RequestContext,
  notesApi: NotesApi,
): Promise<WorkbookInfo> {
  const workbook = context.workbook;
  workbook.load('readOnly');
  workbook.protection.load('protected');
  const sheets = workbook.worksheets.load('items/name');
  const active = workbook.worksheets.getActiveWorksheet().load('name');
  const comments = notesApi === 'comment' ? workbook.comments.load('items/id,items/content') : null;
  await context.sync();
  const names = sheets.items.map((s) => s.name);
  return {
    readOnly: workbook.readOnly,
    structureProtected: workbook.protection.protected,
    sheets: names.filter((n) => n !== STATE_SHEET),
    activeSheet: active.name,
    hasStateSheet: names.includes(STATE_SHEET),
    comments: comments
      ? comments.items.map((c) => ({ id: c.id, content: c.content, proxy: c }))
      : [],
  };
}

export interface SheetDetails {
  /** Sheets (including the state sheet) whose protection is on. */
  readonly protectedSheets: ReadonlySet<string>;
  readonly extents: readonly SheetExtent[];
  readonly merges: ReadonlyMap<string, readonly MergeArea[]>;
  readonly state: WorkbookState;
  /** One past the last used row of the state sheet (0 if it is empty or missing). */
  readonly stateEnd: number;
}

/**
 * One sync. Protection of `sheets` (and the state sheet), the state records,
 * and with `withExtents` each sheet's used range (values only: formatting
 * alone does not make a row part of the document) and merged areas. Records
 * beyond the first STATE_ROWS_IN_FIRST_SYNC rows (a workbook with thousands of
 * findings) are read in further syncs under the response limit.
 */
export async function loadDetails(
  context: Excel.RequestContext,
  info: WorkbookInfo,
  sheets: readonly string[],
  withExtents: boolean,
): Promise<SheetDetails> {
  const worksheets = context.workbook.worksheets;
  const protections = new Map<string, Excel.WorksheetProtection>();
  const used = new Map<string, Excel.Range>();
  const mergeAreas = new Map<string, Excel.RangeAreas>();
  const known = new Set(info.sheets);
  for (const name of sheets) {
    if (!known.has(name)) continue;
    const sheet = worksheets.getItem(name);
    protections.set(name, sheet.protection.load('protected'));
    if (withExtents) {
      used.set(
        name,
        sheet.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount'),
      );
      mergeAreas.set(name, sheet.getRange().getMergedAreasOrNullObject().load('address'));
    }
  }
  let stateRange: Excel.Range | null = null;
  let stateHead: Excel.Range | null = null;
  if (info.hasStateSheet) {
    const stateSheet = worksheets.getItem(STATE_SHEET);
    protections.set(STATE_SHEET, stateSheet.protection.load('protected'));
    stateRange = stateSheet.getUsedRangeOrNullObject(true).load('rowIndex,rowCount');
    stateHead = stateSheet.getRangeByIndexes(0, 0, STATE_ROWS_IN_FIRST_SYNC, 2).load('values');
  }
  await context.sync();

  const protectedSheets = new Set([...protections].filter(([, p]) => p.protected).map(([n]) => n));
  const extents: SheetExtent[] = [];
  const merges = new Map<string, MergeArea[]>();
  for (const [name, range] of used) {
    if (range.isNullObject) continue;
    extents.push({
      name,
      rowIndex: range.rowIndex,
      columnIndex: range.columnIndex,
      rowCount: range.rowCount,
      columnCount: range.columnCount,
    });
  }
  for (const [name, areas] of mergeAreas)
    merges.set(name, areas.isNullObject ? [] : parseAreas(areas.address));
  const found = stateRange && !stateRange.isNullObject ? stateRange : null;
  const stateEnd = found ? found.rowIndex + found.rowCount : 0;
  const state =
    found && stateHead
      ? parseState(await readStateRows(context, stateHead.values, stateEnd))
      : EMPTY_STATE;
  return { protectedSheets, extents, merges, state, stateEnd };
}

/**
 * The records sheet's rows up to `end`: the head already read, the rest in
 * blocks, as many to a sync as the response budget allows (a record with a note
 * is about 300 bytes).
 */
async function readStateRows(
  context: Excel.RequestContext,
  head: readonly (readonly unknown[])[],
  end: number,
): Promise<(readonly unknown[])[]> {
  const rows: (readonly unknown[])[] = head.slice(0, end);
  const starts: number[] = [];
  for (let at = STATE_ROWS_IN_FIRST_SYNC; at < end; at += STATE_BLOCK_ROWS) starts.push(at);
  const blocks = new Map<number, unknown[][]>();
  await inChunks(
    starts,
    () => STATE_BLOCK_ROWS * 300,
    async (chunk) => {
      const sheet = context.workbook.worksheets.getItem(STATE_SHEET);
      const ranges = chunk.map((at) => {
        const count = Math.min(STATE_BLOCK_ROWS, end - at);
        return { at, range: sheet.getRangeByIndexes(at, 0, count, 2).load('values') };
      });
      await context.sync();
      for (const { at, range } of ranges) blocks.set(at, range.values);
    },
    { budget: READ_BUDGET_BYTES },
  );
  for (const at of starts) rows.push(...(blocks.get(at) ?? []));
  return rows;
}
