/**
 * The rows of a 과목 table, in order: 과목 rows (a code and a name in a level column, or a
 * 세목 such as `01 일반운영비` in the basis column, with 예산액 | 전년도 | 증감), and the
 * basis lines under them in any split (basisCells.ts). A code alone on its row names the
 * 과목 of the row below it (`120` over `경상적경비 | 15,575 | …`). The print layout's
 * furniture is skipped wherever it falls: the repeated header and heading lines
 * (`(관 220)…`, `장(3000)…`), unit notes, titles and page numbers, so that a 과목 goes
 * on across a page break.
 */
import type { Grid } from '../grid';
import { basisEntries, basisRowCells, type BasisEntry } from './basisCells';
import type { SubjectColumns } from './subjectHeader';
import { headerWord, isPrintFurnitureCell } from './statementColumns';

export interface SubjectEntry {
  readonly kind: 'subject';
  readonly row: number;
  readonly labelCol: number;
  readonly label: string;
  /** The 과목 code (`3120`, `201`, `214-09`, `01`), when the cell begins with one. */
  readonly code: string | null;
  /** The index of the level column it sits in; the number of level columns for a 세목 in the basis. */
  readonly depth: number;
}

export interface LineEntry {
  readonly kind: 'line';
  readonly entry: BasisEntry;
}

export type Entry = SubjectEntry | LineEntry;

export interface SubjectRows {
  readonly entries: readonly Entry[];
  readonly lastRow: number;
}

const CODE = /^[(（]?(\d{2,4}(?:-\d{1,3})?)[)）]?(?=\s|$|[가-힣])/;
const CODE_ONLY = /^[(（]?\d{2,4}(?:-\d{1,3})?[)）]?$/;
/** A run of this many blank rows ends the table. */
const END_GAP = 5;

export function readSubjectRows(grid: Grid, cols: SubjectColumns): SubjectRows {
  const entries: Entry[] = [];
  let lastRow = cols.firstData - 1;
  let blanks = 0;
  let pendingCode: { col: number; code: string } | null = null;
  for (let r = cols.firstData; r < grid.bottom; r++) {
    const firstCol = grid.firstFilled(r);
    if (firstCol < 0) {
      if (++blanks >= END_GAP) break;
      continue;
    }
    blanks = 0;
    // A `□` heading outside the basis starts the next part of the document; in the basis it is a line's marker.
    if ((firstCol < cols.basis[0] || firstCol >= cols.basis[1]) && grid.text(r, firstCol).startsWith('□')) break;
    if (isFurniture(grid, r, cols)) continue;
    const figures = hasFigures(grid, r, cols);
    const treeCol = cols.tree.find((c) => grid.text(r, c) !== '');
    if (!figures) {
      const text = treeCol === undefined ? '' : grid.text(r, treeCol);
      if (treeCol !== undefined && CODE_ONLY.test(text) && onlyCell(grid, r, treeCol)) {
        pendingCode = { col: treeCol, code: text.replace(/[()（）]/g, '') };
        continue;
      }
      const lines = lineEntries(grid, r, cols);
      // A row of words outside the basis (a title, a heading line) is no part of the data.
      if (!lines.length) continue;
      entries.push(...lines);
      lastRow = r;
      pendingCode = null;
      continue;
    }
    const subject = subjectAt(grid, r, cols, treeCol, pendingCode);
    pendingCode = null;
    entries.push(subject);
    // A line on the 과목's own row, beside its name.
    if (treeCol !== undefined) entries.push(...lineEntries(grid, r, cols));
    lastRow = r;
  }
  return { entries, lastRow };
}

function subjectAt(grid: Grid, r: number, cols: SubjectColumns, treeCol: number | undefined, pending: { col: number; code: string } | null): SubjectEntry {
  let labelCol = treeCol;
  let depth = treeCol === undefined ? cols.tree.length : cols.tree.indexOf(treeCol);
  if (labelCol === undefined) {
    // A 세목 (`01 일반운영비`) written in the basis column.
    labelCol = cols.basis[0];
    for (let c = cols.basis[0]; c < cols.basis[1]; c++) {
      if (grid.text(r, c) === '') continue;
      labelCol = c;
      break;
    }
    depth = cols.tree.length;
  }
  const text = grid.text(r, labelCol);
  const own = CODE.exec(text)?.[1] ?? null;
  const code = own ?? (pending && pending.col === labelCol ? pending.code : null);
  const name = own ? text.slice(text.indexOf(own) + own.length).replace(/^[)）]/, '').trim() : text;
  return { kind: 'subject', row: r, labelCol, label: (name || text).replace(/\s+/g, ' '), code, depth };
}

function lineEntries(grid: Grid, r: number, cols: SubjectColumns): LineEntry[] {
  const cells = basisRowCells(grid, r, cols.basis[0], cols.basis[1]);
  return basisEntries(grid, r, cells).map((entry) => ({ kind: 'line' as const, entry }));
}

/** 예산액, 전년도 or 증감 holds something: a 과목 row. */
function hasFigures(grid: Grid, r: number, cols: SubjectColumns): boolean {
  return grid.text(r, cols.budget) !== '' || (cols.before !== null && grid.text(r, cols.before) !== '') || (cols.change !== null && grid.text(r, cols.change) !== '');
}

/** A page number, a unit note, or a row of the header printed again on a new page. */
function isFurniture(grid: Grid, r: number, cols: SubjectColumns): boolean {
  let header = true;
  let print = true;
  for (const c of grid.filledColumns(r)) {
    const t = grid.text(r, c);
    if (!isPrintFurnitureCell(grid, r, c)) print = false;
    if (!cols.headerCells.has(`${c}:${headerWord(t)}`)) header = false;
    if (!print && !header) return false;
  }
  return true;
}

function onlyCell(grid: Grid, r: number, col: number): boolean {
  const filled = grid.filledColumns(r);
  return filled.length === 1 && filled[0] === col;
}
