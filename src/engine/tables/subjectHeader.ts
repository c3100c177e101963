/**
 * The header of a 세입·세출예산서 by 과목 (DESIGN §1.1): the 과목 over one or more level
 * columns (`과 목`, or `장.관.항.세항.세세항 | 목`, `사업` over `정책 | 단위 | 세부 | …`),
 * then 예산액, 전년도 (기정) 예산액, 비교증감 and 산출기초 in any order, the basis
 * spanning its text, `=` and amount columns. Header words may be spaced out and split
 * over up to four rows (columns/header.ts reads the block).
 */
import type { Grid } from '../grid';
import type { MoneyUnit } from '../number';
import { readHeader, type ColumnHeader } from './columns/header';
import { headerUnit } from './basisColumns';
import { BEFORE_HEADER, BUDGET_HEADER, CHANGE_HEADER, headerWord } from './statementColumns';

export interface SubjectColumns {
  readonly top: number;
  readonly firstData: number;
  /** The 과목 level columns, outermost first. */
  readonly tree: readonly number[];
  /** The 산출기초 columns `[from, to)`: its text, `=` and amount. */
  readonly basis: readonly [number, number];
  /** The unit the basis header names (`산출기초(원)`), else null: the table's. */
  readonly basisUnit: MoneyUnit | null;
  readonly budget: number;
  readonly before: number | null;
  readonly change: number | null;
  /** Every header cell as `col:text` (normalised): a row made only of these repeats the header on a new page. */
  readonly headerCells: ReadonlySet<string>;
}

const TREE = /^(과목|세입과목|세출과목|과목명|사업|사업명|장관항세항세세항|장관항|목|정책|단위|세부|세부항목|원가통계비목)$/;
const TREE_TOP = /^(과목|세입과목|세출과목|과목명|사업|사업명)$/;
const BASIS = /산출기초|산출근거|산출내역/;

export function matchSubjectHeader(grid: Grid, row: number): SubjectColumns | null {
  // The cheap looks first, the reading, with its closures, in a function of its own (anyLabel in grid.ts says why).
  // A header at all first: it is kept for the kinds that ask next (summary, columns), and
  // rejects a row of prose, most rows of a 사업설명서, without reading the rows below it.
  return readHeader(grid, row) !== null && namesSubjects(grid, row) ? subjectHeaderAt(grid, row) : null;
}

function subjectHeaderAt(grid: Grid, row: number): SubjectColumns | null {
  const header = readHeader(grid, row);
  if (!header) return null;
  // A 과목 code alone on its row above its name (`3121`) reads like a year, so the block
  // may have taken it in: it is data, not header.
  const codeRow = codeRowIn(grid, header.top + 1, header.firstData);
  const heads = [...header.columns.values()]
    .sort((a, b) => a.col - b.col)
    .map((h) => (codeRow === null ? h : { ...h, own: h.own.replace(/\s*\d{2,4}(-\d{1,3})?$/, '') }));
  let treeFrom: number | null = null;
  let budget: number | null = null;
  let before: number | null = null;
  let change: number | null = null;
  let basis: ColumnHeader | null = null;
  const roles: number[] = [];
  for (const h of heads) {
    const own = headerWord(h.own);
    const all = headerWord(`${h.group}${h.own}`);
    if (all.includes('단가')) return null; // a basis in columns (basisColumns.ts)
    if (treeFrom === null && (TREE_TOP.test(headerWord(h.group)) || TREE_TOP.test(own))) treeFrom = h.col;
    if (TREE.test(own) || TREE_TOP.test(headerWord(h.group))) continue;
    if (BASIS.test(all)) {
      if (basis !== null) continue; // the rest of its span
      basis = h;
      roles.push(h.col);
    } else if (CHANGE_HEADER.test(own) || /^비교/.test(own)) {
      change ??= h.col;
      roles.push(h.col);
    } else if (BEFORE_HEADER.test(all)) {
      before ??= h.col;
      roles.push(h.col);
    } else if (BUDGET_HEADER.test(all)) {
      budget ??= h.col;
      roles.push(h.col);
    }
  }
  if (treeFrom === null || budget === null || basis === null || (before === null && change === null)) return null;
  const firstRole = Math.min(...roles.filter((c) => c > (treeFrom as number)));
  if (!Number.isFinite(firstRole)) return null;
  const tree: number[] = [];
  for (let c = treeFrom; c < firstRole; c++) tree.push(c);
  const basisFrom = basis.col;
  // The basis runs to the next column with a header of its own: its `=` and amount have none.
  const nextRole = Math.min(grid.right, ...roles.filter((c) => c > basisFrom));
  const basisTo = Math.max(nextRole, basis.span ? basis.span[1] + 1 : basisFrom + 1);
  const firstData = codeRow !== null && tree.includes(grid.firstFilled(codeRow)) ? codeRow : header.firstData;
  const headerCells = new Set<string>();
  for (let r = header.top; r < firstData; r++) {
    for (const c of grid.filledColumns(r)) headerCells.add(`${c}:${headerWord(grid.text(r, c))}`);
  }
  return {
    top: header.top, firstData, tree, basis: [basisFrom, Math.min(basisTo, grid.right)],
    basisUnit: headerUnit(headerWord(`${basis.group}${basis.own}`)), budget, before, change, headerCells,
  };
}

function codeRowIn(grid: Grid, from: number, to: number): number | null {
  for (let r = from; r < to; r++) {
    const filled = grid.filledColumns(r);
    if (filled.length === 1 && /^\d{2,4}(-\d{1,3})?$/.test(grid.text(r, filled[0] as number))) return r;
  }
  return null;
}

/** Cheap first look: a cell naming the 과목 (or 사업) in this row or the next three. */
function namesSubjects(grid: Grid, row: number): boolean {
  for (let r = row; r < Math.min(grid.bottom, row + 4); r++) if (rowNamesSubjects(grid, r)) return true;
  return false;
}

/** Per grid and row, whether a cell names the 과목: asked up to four times a row, answered once. */
const named = new WeakMap<Grid, Uint8Array>();

function rowNamesSubjects(grid: Grid, r: number): boolean {
  let rows = named.get(grid);
  if (!rows) named.set(grid, (rows = new Uint8Array(grid.bottom - grid.top)));
  const i = r - grid.top;
  if (rows[i] === 0) {
    let yes = false;
    // grid.text, not filledColumns: that keeps one row's answer, which the other kinds are asking for.
    // As far as the row is stored (grid.rowEnd): past it every cell reads as empty.
    for (let c = grid.left, end = grid.rowEnd(r); c < end && !yes; c++) {
      const t = grid.text(r, c);
      // Most rows of a book hold no such word: look for its letters before normalising.
      yes = t !== '' && t.length <= 8 && (t.includes('목') || t.includes('사업')) && TREE_TOP.test(headerWord(t));
    }
    rows[i] = yes ? 2 : 1;
  }
  return rows[i] === 2;
}
