/**
 * The first two round trips every action shares: what the workbook is (sheets,
 * read-only, structure protection, which annotation APIs this host has) and
 * then, per sheet, protection, used-range extent and merged areas, with the
 * add-in's own records from the state sheet. A sheet holding more merged areas
 * than Excel returns at once (512) makes that second request fail: it is sent
 * again without them, and the merged areas are read in blocks (merges.ts), so
 * they never stop an action. Both only read, so both are sent again while
 * another workbook has the focus (focus.ts).
 */
import { STATE_SHEET } from '../engine/review';
import type { MergeArea } from '../engine/snapshot';
import { resolveApis, hasComments, type AnnotationApis } from './apis';
import { whenFocused } from './focus';
import { readMerges, type MergeGap } from './merges';
import { isEditMode, isFocusLost } from './errors';
import { parseAreas, type SheetExtent } from './snapshotGrid';
import { EMPTY_STATE, parseState, type WorkbookState } from './stateFormat';
import { inChunks } from './chunks';
import { READ_BUDGET_BYTES } from './limits';
import type { NotesApi } from './types';

/** Records read with the details (about 600 KB at most); more take further syncs. */
const STATE_ROWS_IN_FIRST_SYNC = 2000;
const STATE_BLOCK_ROWS = 500;

export interface CommentInfo {
  readonly id: string;
  readonly content: string;
  readonly proxy: Excel.Comment;
}

export interface WorkbookInfo {
  readonly readOnly: boolean;
  readonly structureProtected: boolean;
  /** The user's sheets in tab order (the state sheet left out). */
  readonly sheets: readonly string[];
  /** The active sheet, when the action asked for it (loadInfo's `activeSheet`); else ''. */
  readonly activeSheet: string;
  readonly hasStateSheet: boolean;
  /** The annotation APIs this run has (apis.ts). */
  readonly apis: AnnotationApis;
  /** The kind of annotation this run writes: `apis.kind`. */
  readonly notesApi: NotesApi;
  /**
   * Every comment's id and text, where the host has comments: ours in the comment
   * fallback, and with notes, the cells a note cannot go on (a cell holds one or the other).
   */
  readonly comments: readonly CommentInfo[];
}

export interface InfoOptions {
  /** Also read which sheet is active (Verify of the active sheet). */
  readonly activeSheet?: boolean;
  /**
   * The caller's own loads, queued into the same request (and again whenever the
   * request is sent again), so they cost no sync of their own.
   */
  readonly alongside?: () => void;
}

/** One sync (more while another workbook has the focus). */
export function loadInfo(
  context: Excel.RequestContext,
  declared: NotesApi,
  options: InfoOptions = {},
): Promise<WorkbookInfo> {
  return whenFocused(context, async () => {
    const workbook = context.workbook;
    workbook.load('readOnly');
    workbook.protection.load('protected');
    const sheets = workbook.worksheets.load('items/name');
    const active = options.activeSheet
      ? workbook.worksheets.getActiveWorksheet().load('name')
      : null;
    const comments = hasComments(declared, workbook)
      ? workbook.comments.load('items/id,items/content')
      : null;
    options.alongside?.();
    await context.sync();
    const names = sheets.items.map((s) => s.name);
    const apis = resolveApis(declared, workbook, sheets.items[0]);
    return {
      readOnly: workbook.readOnly,
      structureProtected: workbook.protection.protected,
      sheets: names.filter((n) => n !== STATE_SHEET),
      activeSheet: active?.name ?? '',
      hasStateSheet: names.includes(STATE_SHEET),
      apis,
      notesApi: apis.kind,
      comments:
        comments && apis.comments
          ? comments.items.map((c) => ({ id: c.id, content: c.content, proxy: c }))
          : [],
    };
  });
}

export interface SheetDetails {
  /** Sheets (including the state sheet) whose protection is on. */
  readonly protectedSheets: ReadonlySet<string>;
  readonly extents: readonly SheetExtent[];
  readonly merges: ReadonlyMap<string, readonly MergeArea[]>;
  /** Rows whose merged areas Excel would not give (merges.ts): read without them. */
  readonly mergesUnread: readonly MergeGap[];
  readonly state: WorkbookState;
  /** One past the last used row of the state sheet (0 if it is empty or missing). */
  readonly stateEnd: number;
}

/**
 * One sync. Protection of `sheets` (and the state sheet), the state records,
 * and with `withExtents` each sheet's used range (values only: formatting
 * alone does not make a row part of the document), then in syncs of their own
 * its merged areas (merges.ts). Records beyond the first STATE_ROWS_IN_FIRST_SYNC
 * rows (a workbook with thousands of findings) are read in further syncs under
 * the response limit.
 */
export async function loadDetails(
  context: Excel.RequestContext,
  info: WorkbookInfo,
  sheets: readonly string[],
  withExtents: boolean,
  alongside?: InfoOptions['alongside'],
): Promise<SheetDetails> {
  const attempt = (withMerges: boolean) =>
    whenFocused(context, () => {
      alongside?.();
      return loadHead(context, info, sheets, withExtents, withMerges);
    });
  let head: DetailsHead;
  try {
    head = await attempt(withExtents);
  } catch (e) {
    if (!withExtents || isEditMode(e) || isFocusLost(e)) throw e;
    head = await attempt(false);
  }
  const merges = head.merges
    ? { merges: head.merges, unread: [] }
    : withExtents
      ? await readMerges(context, head.extents)
      : { merges: new Map<string, MergeArea[]>(), unread: [] };
  const state = head.stateHead
    ? parseState(await readStateRows(context, head.stateHead, head.stateEnd))
    : EMPTY_STATE;
  return {
    protectedSheets: head.protectedSheets,
    extents: head.extents,
    merges: merges.merges,
    mergesUnread: merges.unread,
    state,
    stateEnd: head.stateEnd,
  };
}

interface DetailsHead {
  readonly protectedSheets: ReadonlySet<string>;
  readonly extents: readonly SheetExtent[];
  /** Every sheet's merged areas, when they came in this request. */
  readonly merges: Map<string, MergeArea[]> | null;
  /** The first rows of the records sheet, when there is one with records. */
  readonly stateHead: readonly (readonly unknown[])[] | null;
  readonly stateEnd: number;
}

async function loadHead(
  context: Excel.RequestContext,
  info: WorkbookInfo,
  sheets: readonly string[],
  withExtents: boolean,
  withMerges: boolean,
): Promise<DetailsHead> {
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
    }
    const whole = withMerges ? sheet.getRange() : null;
    // Absent before ExcelApi 1.13: then merges.ts reports every row read without them.
    if (whole && hasMergedAreas(whole))
      mergeAreas.set(name, whole.getMergedAreasOrNullObject().load('address'));
  }
  const merged = withMerges && mergeAreas.size === used.size;
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
  const found = stateRange && !stateRange.isNullObject ? stateRange : null;
  const stateEnd = found ? found.rowIndex + found.rowCount : 0;
  const merges = merged
    ? new Map(
        [...mergeAreas].map(([name, areas]) => [
          name,
          areas.isNullObject ? [] : parseAreas(areas.address),
        ]),
      )
    : null;
  return {
    protectedSheets,
    extents,
    merges,
    stateHead: found && stateHead ? stateHead.values : null,
    stateEnd,
  };
}

function hasMergedAreas(range: Excel.Range): boolean {
  return (
    typeof (range as { getMergedAreasOrNullObject?: unknown }).getMergedAreasOrNullObject ===
    'function'
  );
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
    (chunk) =>
      whenFocused(context, async () => {
        const sheet = context.workbook.worksheets.getItem(STATE_SHEET);
        const ranges = chunk.map((at) => {
          const count = Math.min(STATE_BLOCK_ROWS, end - at);
          return { at, range: sheet.getRangeByIndexes(at, 0, count, 2).load('values') };
        });
        await context.sync();
        for (const { at, range } of ranges) blocks.set(at, range.values);
      }),
    { budget: READ_BUDGET_BYTES },
  );
  for (const at of starts) rows.push(...(blocks.get(at) ?? []));
  return rows;
}
