/**
 * From the snapshot and the selected cell to the table it is in, and the checks
 * every insertion shares: room at the bottom of the sheet, merged cells in the
 * way, which columns can take the copied formats.
 */
import { parseCellAddress } from '../address';
import { Grid } from '../grid';
import { isCellError, type MergeArea, type WorkbookSnapshot } from '../snapshot';
import { rat, type Rational } from '../rational';
import { findTables, type FoundTable } from '../tables/detect';
import type { Unreadable } from '../checks/ledger';
import { refuse, type Refusal } from './refusal';
import type { ColumnSpan, InsertPoint } from './sites';
import { ref } from './formula';

/** Excel's last row (0-based). */
export const LAST_ROW = 1_048_575;

export interface Selection {
  readonly grid: Grid;
  readonly merges: readonly MergeArea[];
  readonly row: number;
  readonly col: number;
  readonly table: FoundTable | null;
  /** Every table on the sheet (the selected one's project is read from them). */
  readonly tables: readonly FoundTable[];
}

/** The table the cell is in (header row included), or a refusal for a missing sheet or a bad address. */
export function locate(snapshot: WorkbookSnapshot, sheet: string, cell: string): Selection | Refusal {
  const found = snapshot.sheets.find((s) => s.name === sheet);
  if (!found) return refuse('no-sheet');
  const at = parseCellAddress(typeof cell === 'string' ? cell : '');
  if (!at) return refuse('bad-cell', { cell: String(cell) });
  const grid = new Grid(found);
  const tables = tablesOn(grid);
  if (!tables) return refuse('unreadable-sheet');
  const table = tables.find((t) => t.top <= at.row && at.row <= t.bottom) ?? null;
  return { grid, merges: found.merges, row: at.row, col: at.col, table, tables };
}

/**
 * The sheet's tables, or null when the engine's own defect threw on it: the pane must
 * not break, and must not say "not in a table" either, which would send the user to
 * look for a mistake that is ours.
 */
function tablesOn(grid: Grid): FoundTable[] | null {
  try {
    return findTables(grid, 'any', [] as Unreadable[]);
  } catch {
    return null;
  }
}

/** Excel cannot push content off the sheet: the last row must be empty to insert. */
export function roomToInsert(grid: Grid, insertAt: number): Refusal | null {
  if (insertAt > LAST_ROW) return refuse('no-room');
  if (grid.bottom - 1 >= LAST_ROW && !grid.isBlankRow(LAST_ROW)) return refuse('no-room');
  return null;
}

/** The merged area covering a cell other than its top-left, if any. */
function coveringMerge(merges: readonly MergeArea[], row: number, col: number): MergeArea | undefined {
  return merges.find(
    (m) => m.top <= row && row <= m.bottom && m.left <= col && col <= m.right && !(m.top === row && m.left === col),
  );
}

/** Where merged areas will be after inserting a row at `insertAt` (Excel grows an area the row goes into). */
export function mergesAfterInsert(merges: readonly MergeArea[], insertAt: number): MergeArea[] {
  return merges.map((m) => {
    if (m.top >= insertAt) return { ...m, top: m.top + 1, bottom: m.bottom + 1 };
    if (m.bottom >= insertAt) return { ...m, bottom: m.bottom + 1 };
    return m;
  });
}

/** The first written cell that lands inside a merged area (after the insertion), as a refusal. */
export function mergedInTheWay(merges: readonly MergeArea[], row: number, cols: readonly number[]): Refusal | null {
  for (const col of cols) {
    const m = coveringMerge(merges, row, col);
    if (m) return refuse('merged', { cell: ref(row, col) });
  }
  return null;
}

/**
 * An insertion point below/above rows of a table: formats come from `formatFrom`
 * over the table's columns, leaving out columns where the source or the new
 * cell is part of a merged area (a category merged down over its lines).
 */
export function insertPoint(
  sel: Selection,
  insertAt: number,
  formatFrom: number,
  written: readonly number[],
  /** Written cells outside the table (helpers): checked for merges, not given the table's formats. */
  outside: readonly number[] = [],
): InsertPoint | Refusal {
  const room = roomToInsert(sel.grid, insertAt);
  if (room) return room;
  const after = mergesAfterInsert(sel.merges, insertAt);
  const blocked = mergedInTheWay(after, insertAt, [...written, ...outside]);
  if (blocked) return blocked;
  const source = formatFrom >= insertAt ? formatFrom + 1 : formatFrom;
  const { left, right } = tableSpan(sel, written);
  const spans: ColumnSpan[] = [];
  let start: number | null = null;
  for (let c = left; c <= right + 1; c++) {
    const ok = c <= right && !inAnyMerge(after, insertAt, c) && !inAnyMerge(after, source, c);
    if (ok && start === null) start = c;
    if (!ok && start !== null) {
      spans.push({ left: start, right: c - 1 });
      start = null;
    }
  }
  return { insertAt, formatFrom, formatSpans: spans };
}

function inAnyMerge(merges: readonly MergeArea[], row: number, col: number): boolean {
  return merges.some((m) => m.top <= row && row <= m.bottom && m.left <= col && col <= m.right && (m.top !== m.bottom || m.left !== m.right));
}

/** The table's column extent, widened to the cells we write. */
export function tableSpan(sel: Selection, written: readonly number[] = []): ColumnSpan {
  let left = Infinity;
  let right = -1;
  const t = sel.table;
  if (t) {
    for (let r = t.top; r <= t.bottom; r++) {
      const cols = sel.grid.filledColumns(r);
      if (!cols.length) continue;
      left = Math.min(left, cols[0] as number);
      right = Math.max(right, cols[cols.length - 1] as number);
    }
  }
  for (const c of written) {
    left = Math.min(left, c);
    right = Math.max(right, c);
  }
  return right < 0 ? { left: 0, right: 0 } : { left, right };
}

export type CellNumber = { kind: 'empty' } | { kind: 'number'; value: Rational; raw: number } | { kind: 'text'; text: string };

/** What a cell holds as a formula would see it: a number (typed or computed), nothing, or text. */
export function cellNumber(grid: Grid, row: number, col: number): CellNumber {
  const cell = grid.cell(row, col);
  const v = cell.value;
  if (typeof v === 'number' && Number.isFinite(v)) return { kind: 'number', value: rat(v), raw: v };
  if (v === null && cell.text.trim() === '') return { kind: 'empty' };
  if (v !== null && isCellError(v)) return { kind: 'text', text: v.error };
  return { kind: 'text', text: cell.text.trim() || String(v) };
}
