/**
 * 산출근거 in the text layout: `과목구분 | ○ label formula | = | amount`, a line per
 * row, the category (과목) in its own column, often merged down over its lines.
 * Each line is parsed by the §2 grammar; lines nest by their markers.
 */
import { anyLabel, type Grid } from '../grid';
import { parseBasisLine, type BasisLine } from '../basis/line';
import type { TableContext } from './context';
import { amountFigure, unitNote, unitNoteAbove } from './context';
import { basisEntries, basisRowCells, type BasisRowCells } from './basisCells';
import { headerUnit, matchColumnarHeader } from './basisColumns';
import type { MoneyUnit } from '../number';
import { buildBasisLedger, type BasisItem, type BasisTable } from './basisTree';
import { defineKind } from './kind';

const HEADER = /산출근거|산출기초|산출내역|예산내역|과목구분/;
const HEADER_LETTERS = /[산과]/;

export interface BasisColumns {
  readonly category: number | null;
  readonly text: number;
  readonly headerRow: number;
  /** Units the header names per column (`금액(원)`, `산출기초(원)`); other columns are in the table's unit. */
  readonly units?: ReadonlyMap<number, MoneyUnit>;
}

export function matchBasisHeader(grid: Grid, row: number): BasisColumns | null {
  const cols = grid.filledColumns(row);
  // Every header word (HEADER) has a 산 or a 과: most rows have neither, and are done here.
  // The rest, with its closures, in a function of its own (anyLabel in grid.ts says why).
  if (!anyLabel(grid, row, cols, HEADER_LETTERS)) return null;
  return basisHeaderAt(grid, row, cols);
}

function basisHeaderAt(grid: Grid, row: number, cols: readonly number[]): BasisColumns | null {
  const texts = cols.map((c) => grid.label(row, c));
  if (texts.some((t) => t.includes('단가'))) return null; // the columnar layout
  const idx = texts.findIndex((t) => HEADER.test(t));
  if (idx < 0) return null;
  if ((texts[idx] ?? '').startsWith('□')) {
    // A heading `□ 산출근거`: when a header row follows (after a unit note and titles,
    // perhaps), the scan meets it there; only a heading right above the lines is the header.
    for (let r = row + 1; r <= row + 6 && r < grid.bottom && !hasNumber(grid, r); r++) {
      if (matchBasisHeader(grid, r) || matchColumnarHeader(grid, r)) return null;
    }
    return { category: null, text: cols[idx] as number, headerRow: row, units: headerUnits(texts, cols) };
  }
  const catIdx = texts.findIndex((t) => /^(과목구분|과목|구분|세목|통계목)$/.test(t));
  const textIdx = texts.findIndex((t, i) => i !== catIdx && /산출|내역/.test(t));
  if (catIdx >= 0 && textIdx < 0) {
    const right = cols[catIdx + 1];
    if (right === undefined) return null;
    return { category: cols[catIdx] as number, text: right, headerRow: row, units: headerUnits(texts, cols) };
  }
  if (textIdx < 0) return null;
  return { category: catIdx >= 0 ? (cols[catIdx] as number) : null, text: cols[textIdx] as number, headerRow: row, units: headerUnits(texts, cols) };
}

function hasNumber(grid: Grid, r: number): boolean {
  return grid.filledColumns(r).some((c) => typeof grid.value(r, c) === 'number');
}

function headerUnits(texts: readonly string[], cols: readonly number[]): ReadonlyMap<number, MoneyUnit> {
  const out = new Map<number, MoneyUnit>();
  texts.forEach((t, i) => {
    const unit = headerUnit(t);
    if (unit) out.set(cols[i] as number, unit);
  });
  return out;
}

const MARKER_START = /^[○◦ㅇ\-─–―·ㆍ•※◎●■]/;

export function parseBasis(ctx: TableContext, cols: BasisColumns, options: Parameters<typeof buildBasisLedger>[2]): BasisTable & { readonly unit: MoneyUnit } {
  const { grid } = ctx;
  const items: BasisItem[] = [];
  let category = '';
  let lastRow = cols.headerRow;
  for (let r = cols.headerRow + 1; r < grid.bottom; r++) {
    if (grid.isBlankRow(r)) {
      if (!continuesAfterBlank(grid, r, cols)) break;
      continue;
    }
    const firstCol = grid.filledColumns(r)[0] as number;
    const first = grid.text(r, firstCol);
    const row = readRow(grid, r, cols);
    if (!row || (first.startsWith('□') && endsTable(first, firstCol, row, cols))) break;
    // A numbered heading (`2 추진일정`) ends the table; a line whose label begins with a number
    // (`2022 이용안내 …`, an indented one) does not.
    if (/^\d{1,2}\s+\S/.test(grid.shown(r, firstCol)) && row.amountCol === null && !parseBasisLine(first).amount) break;
    lastRow = r;
    if (row.category) category = row.category;
    if (!row.text && row.amountCol === null) continue;
    if (!row.text) {
      items.push({ row: r, textCol: cols.text, category, line: null, style: null, amountCol: row.amountCol, amount: null, categoryTotal: !!row.category });
      continue;
    }
    for (const entry of basisEntries(grid, r, row.cells)) {
      items.push({ row: r, textCol: entry.textCol, category, line: entry.line, style: entry.style, amountCol: entry.amountCol, amount: entry.amount, categoryTotal: false });
    }
  }
  // A unit note anywhere above the table, or on its header row to the right, when none is just above it.
  const unit = unitNote(grid, cols.headerRow) ? ctx.unit : (unitNoteAbove(grid, cols.headerRow) ?? ctx.unit);
  // The unit shown for the table: the one its headers all name, else its note's.
  const named = new Set(cols.units?.values() ?? []);
  const shown = named.size === 1 ? ([...named][0] as MoneyUnit) : unit;
  return { ...buildBasisLedger({ ...ctx, unit }, items, { ...options, units: cols.units }, lastRow), unit: shown };
}

/**
 * A `□` heading left of the lines (in the category column or before it) starts the next
 * part of the document; in the lines, a `□` line with a figure or lines under it is the
 * outermost marker. Without a category column, a `□` with no figure is a heading.
 */
function endsTable(first: string, firstCol: number, row: RowCells, cols: BasisColumns): boolean {
  if (cols.category !== null) return firstCol <= cols.category;
  const line = parseBasisLine(first);
  return row.amountCol === null && !line.amount && !line.formula;
}

export interface RowCells {
  readonly category: string;
  /** The line's first text cell (its label, or the whole line). */
  readonly text: string;
  readonly textCol: number;
  readonly amountCol: number | null;
  /** Every cell of the line: label, formula, amount (tables/basisCells.ts). */
  readonly cells: BasisRowCells;
}

/** One row of a text-layout basis table: its category, line text and amount column. Shared with the row templates. */
export function readRow(grid: Grid, r: number, cols: BasisColumns): RowCells | null {
  let category = cols.category === null ? '' : grid.text(r, cols.category);
  let skip = cols.category;
  if (category && MARKER_START.test(category)) {
    // A line shifted into the category column by a conversion: it is a line, not a category.
    category = '';
    skip = null;
  }
  const from = cols.category === null ? Math.min(cols.text, grid.left) : skip === null ? cols.category : Math.min(cols.text, cols.category + 1);
  // The amount is the figure right after an `=` cell when the row has one; else the
  // last figure in the row. Figures further right (a 비고 column) are not the amount.
  const cells = basisRowCells(grid, r, from, grid.right, skip);
  const first = cells.texts[0];
  if (!category && !first && cells.amountCol === null) return null;
  return { category, text: first ? first.raw.trim() : '', textCol: first ? first.col : cols.text, amountCol: cells.amountCol, cells };
}

/** A blank row inside a basis table is tolerated when a line with a marker follows. */
function continuesAfterBlank(grid: Grid, r: number, cols: BasisColumns): boolean {
  const next = r + 1;
  if (next >= grid.bottom || grid.isBlankRow(next)) return false;
  const text = grid.text(next, cols.text);
  if (MARKER_START.test(text) && !text.startsWith('※')) return true;
  // A category goes on after the gap: with its first line, or with its own total.
  const category = cols.category === null ? '' : grid.text(next, cols.category);
  return category !== '' && !category.startsWith('□') && (!!text || readRow(grid, next, cols)?.amountCol != null);
}

export type { BasisLine };
export { amountFigure };

export const basisKind = defineKind({
  kind: 'basis',
  match: matchBasisHeader,
  parse: (ctx, _row, cols, policy) => {
    const model = parseBasis(ctx, cols, { rounding: policy });
    if (!model.derivations.length && model.lastRow <= cols.headerRow) return null;
    const named = model.categories.map((c) => ({ role: 'category-total' as const, key: c.key, fig: c.total }));
    return { model, lastRow: model.lastRow, rounding: model.rounding, derivations: model.derivations, named, unit: model.unit };
  },
});
