/**
 * The budget statement (세출예산 사업명세서) as e-호조 exports it: one long table per
 * book, the hierarchy spread over columns
 *
 *   부서 | 정책 | 단위 | 세부사업 | 편성목 | 산출내역 | 산출기초 | 예산액 | 전년도 | 비교증감
 *
 * A row's level is the first hierarchy column it fills, and inside 산출내역 its marker
 * (`01 …`, `◎`, `○`, `-`, `·`). Funding rows (`국`, `도`, `시`, `군`, `구`, `기금`…)
 * belong to the item just above them. The print layout repeats page headers
 * (`부서: …`), the column header, the unit note and page footers (`- 12 -`) inside the
 * data: they are skipped, and a parent goes on across them.
 */
import { anyLabel, normalizeLabel, type Grid } from '../grid';
import { parseBasisLine } from '../basis/line';
import type { RoundingPolicy } from '../options';
import type { TableContext } from './context';
import { calcOf, StatementBuilder, type RowCalc, type StatementRow, type StatementTable } from './statementTree';
import { BEFORE_HEADER, BUDGET_HEADER, CHANGE_HEADER, isPrintFurnitureCell, type StatementColumns } from './statementColumns';
import { defineKind } from './kind';

export type { StatementColumns };


const TREE_HEADER = /^(부서|부서명|실국|정책|정책사업|단위|단위사업|세부사업|세부사업명|편성목|통계목|산출내역|사업명)$/;
const TREE_CORE = /^(부서|부서명|정책|정책사업|단위|단위사업|세부사업|세부사업명|편성목)$/;
const BASIS_HEADER = /^(산출기초|산출근거)$/;

export function matchStatementHeader(grid: Grid, row: number): StatementColumns | null {
  const cols = grid.filledColumns(row);
  if (cols.length < 4) return null;
  // The cheap tests first; the rest, with its closures, in a function of its own (anyLabel in grid.ts says why).
  if (!anyLabel(grid, row, cols, TREE_CORE)) return null;
  return statementHeaderAt(grid, row, cols);
}

function statementHeaderAt(grid: Grid, row: number, cols: readonly number[]): StatementColumns | null {
  const texts = cols.map((c) => grid.label(row, c));
  const tree: number[] = [];
  let basis: number | null = null;
  let budget: number | null = null;
  let before: number | null = null;
  let change: number | null = null;
  let budgetHeader = '';
  texts.forEach((t, i) => {
    const c = cols[i] as number;
    if (TREE_HEADER.test(t)) tree.push(c);
    else if (BASIS_HEADER.test(t)) basis = c;
    else if (CHANGE_HEADER.test(t)) change = c;
    else if (BEFORE_HEADER.test(t)) before = c;
    else if (budget === null && BUDGET_HEADER.test(t)) {
      budget = c;
      budgetHeader = t;
    }
  });
  if (budget === null || tree.length < 2) return null;
  return { headerRow: row, tree, basis, budget, before, change, budgetHeader };
}

/** Rows of the print layout that carry no data: page headers, footers, unit notes, the repeated header. */
const PAGE_HEADER = /^(부서|정책|단위|단위사업|세부사업|회계|편성목|정책사업)\s*[:：]/;
const MARKED = /^[○●◦ㅇ◯◎\-─–―—－·ㆍ•∙※]/;
/** A run of this many blank rows ends the table. */
const END_GAP = 5;

export function parseStatement(ctx: TableContext, cols: StatementColumns, options: { rounding: RoundingPolicy }): StatementTable {
  const { grid } = ctx;
  const builder = new StatementBuilder(ctx, cols);
  let pending: StatementRow[] = [];
  let lastRow = cols.headerRow;
  let blanks = 0;
  const headerLast = cols.budgetHeader.slice(-1);
  for (let r = cols.headerRow + 1; r < grid.bottom; r++) {
    const firstCol = grid.firstFilled(r);
    if (firstCol < 0) {
      if (++blanks >= END_GAP) break;
      continue;
    }
    blanks = 0;
    const first = grid.text(r, firstCol);
    if (first.startsWith('□')) break;
    if (isPageFurniture(grid, r, firstCol, cols, headerLast)) {
      // A label-only row just before a page header is the page's title, not a heading.
      pending = [];
      continue;
    }
    const row = readRow(ctx, r, cols);
    if (!row) continue;
    if (!hasFigures(grid, r, cols) && !row.basis && row.labelCol === cols.tree[0] && !MARKED.test(row.label)) {
      pending.push(row);
      continue;
    }
    for (const held of pending) builder.add(held);
    builder.add(row);
    if (pending.length) pending = [];
    lastRow = r;
  }
  return builder.finish(lastRow, options.rounding);
}

// These run on every row of a book: plain loops, no arrays or closures per row.
function isPageFurniture(grid: Grid, r: number, firstCol: number, cols: StatementColumns, headerLast: string): boolean {
  let allFurniture = true;
  for (let c = firstCol, end = grid.rowEnd(r); c < end; c++) {
    if (grid.text(r, c) !== '' && !isPrintFurnitureCell(grid, r, c)) {
      allFurniture = false;
      break;
    }
  }
  if (allFurniture || isPageHeader(grid.text(r, firstCol))) return true;
  const budget = grid.text(r, cols.budget);
  // Normalising allocates: only text holding the header's last character can be the header.
  return budget.includes(headerLast) && normalizeLabel(budget) === cols.budgetHeader;
}

/** The pattern only where its colon is: this runs on every row. */
function isPageHeader(text: string): boolean {
  return (text.includes(':') || text.includes('：')) && PAGE_HEADER.test(text);
}

function hasFigures(grid: Grid, r: number, cols: StatementColumns): boolean {
  return (
    grid.text(r, cols.budget) !== '' ||
    (cols.before !== null && grid.text(r, cols.before) !== '') ||
    (cols.change !== null && grid.text(r, cols.change) !== '')
  );
}

function readRow(ctx: TableContext, r: number, cols: StatementColumns): StatementRow | null {
  const { grid } = ctx;
  const itemCol = cols.tree[cols.tree.length - 1] as number;
  let labelCol: number | null = null;
  for (const c of cols.tree) {
    if (grid.text(r, c) !== '') {
      labelCol = c;
      break;
    }
  }
  const basisText = cols.basis === null ? '' : grid.text(r, cols.basis);
  if (labelCol === null && !basisText) return null;
  const label = labelCol === null ? '' : grid.text(r, labelCol);
  const depth = labelCol === null ? cols.tree.length - 1 : cols.tree.indexOf(labelCol);
  const inItems = labelCol === null || labelCol === itemCol;
  const level = depth * 10 + (inItems ? itemRank(label) : 0);
  // Only what the checks need is kept of a parsed line: a book has tens of thousands.
  let basis: RowCalc | null = null;
  let basisCol: number | null = null;
  if (basisText && cols.basis !== null) {
    basis = calcOf(parseBasisLine(basisText));
    basisCol = cols.basis;
  } else if (cols.basis === null && inItems && label) {
    // Without a 산출기초 column the calculation is written after the item's label.
    basis = calcOf(parseBasisLine(label));
    basisCol = labelCol;
  }
  return {
    row: r,
    level,
    label: label || basisText,
    labelCol: labelCol ?? (cols.basis as number),
    funding: labelCol !== null && isFundingLabel(label),
    note: label.startsWith('※'),
    basis,
    basisCol,
  };
}

/** Nesting rank of an item in the 산출내역 column: codes first, then the markers. */
function itemRank(label: string): number {
  const ch = label[0] ?? '';
  if (ch >= '0' && ch <= '9') {
    if (/^\d{3}\s/.test(label)) return 0; // 201 일반운영비
    if (/^(\d{3}-)?\d{2}\s/.test(label)) return 1; // 01 사무관리비, 201-01 사무관리비
  }
  // Known markers in their own order (basis/levels.ts): `ㅇ ◦` below `○` when both occur.
  if (ch === '◎') return 2;
  if ('○●◯'.includes(ch)) return 3;
  if ('ㅇ◦'.includes(ch)) return 4;
  if ('-─–―—－'.includes(ch)) return 5;
  if ('·ㆍ•∙'.includes(ch)) return 6;
  return 7;
}

const FUNDING = /^\(?\s*(국|도|시|군|구|기)(비|금|타)?\s*\)?(?=$|[\s\d:：△▲(-])/;

/** `국`, `도비`, `시 …`, `(국비)`, `기금`: a funding row, not a child. */
export function isFundingLabel(label: string): boolean {
  return FUNDING.test(label);
}

export const statementKind = defineKind({
  kind: 'statement',
  match: matchStatementHeader,
  parse: (ctx, _row, cols, policy) => {
    const model = parseStatement(ctx, cols, { rounding: policy });
    return { model, lastRow: model.lastRow, rounding: model.rounding, derivations: model.derivations, named: [] };
  },
});
