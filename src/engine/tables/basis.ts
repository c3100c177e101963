/**
 * 산출근거 in the text layout: `과목구분 | ○ label formula | = | amount`, a line per
 * row, the category (과목) in its own column, often merged down over its lines.
 * Each line is parsed by the §2 grammar; lines nest by their markers.
 */
import { normalizeLabel, type Grid } from '../grid';
import { parseFigure } from '../number';
import { parseBasisLine, type BasisLine } from '../basis/line';
import type { TableContext } from './context';
import { amountFigure } from './context';
import { matchColumnarHeader } from './basisColumns';
import { buildBasisLedger, type BasisItem, type BasisTable } from './basisTree';
import { defineKind } from './kind';

const HEADER = /산출근거|산출기초|산출내역|예산내역|과목구분/;

export interface BasisColumns {
  readonly category: number | null;
  readonly text: number;
  readonly headerRow: number;
}

export function matchBasisHeader(grid: Grid, row: number): BasisColumns | null {
  const cols = grid.filledColumns(row);
  const texts = cols.map((c) => normalizeLabel(grid.text(row, c)));
  if (texts.some((t) => t.includes('단가'))) return null; // the columnar layout
  const idx = texts.findIndex((t) => HEADER.test(t));
  if (idx < 0) return null;
  if ((texts[idx] ?? '').startsWith('□')) {
    // A heading `□ 산출근거`: when a header row follows (after a unit note, perhaps),
    // the scan meets it there; only a heading right above the lines is the header.
    for (let r = row + 1; r <= row + 2 && r < grid.bottom; r++) {
      if (matchBasisHeader(grid, r) || matchColumnarHeader(grid, r)) return null;
    }
    return { category: null, text: cols[idx] as number, headerRow: row };
  }
  const catIdx = texts.findIndex((t) => /^(과목구분|과목|구분|세목|통계목)$/.test(t));
  const textIdx = texts.findIndex((t, i) => i !== catIdx && /산출|내역/.test(t));
  if (catIdx >= 0 && textIdx < 0) {
    const right = cols[catIdx + 1];
    if (right === undefined) return null;
    return { category: cols[catIdx] as number, text: right, headerRow: row };
  }
  if (textIdx < 0) return null;
  return { category: catIdx >= 0 ? (cols[catIdx] as number) : null, text: cols[textIdx] as number, headerRow: row };
}

const MARKER_START = /^[○◦ㅇ\-─–―·ㆍ•※]/;

export function parseBasis(ctx: TableContext, cols: BasisColumns, options: Parameters<typeof buildBasisLedger>[2]): BasisTable {
  const { grid } = ctx;
  const items: BasisItem[] = [];
  let category = '';
  let lastRow = cols.headerRow;
  for (let r = cols.headerRow + 1; r < grid.bottom; r++) {
    if (grid.isBlankRow(r)) {
      if (!continuesAfterBlank(grid, r, cols)) break;
      continue;
    }
    const first = grid.text(r, grid.filledColumns(r)[0] as number);
    if (first.startsWith('□') || /^\d+\s+\S/.test(first) && !MARKER_START.test(first)) break;
    const row = readRow(grid, r, cols);
    if (!row) break;
    lastRow = r;
    if (row.category) category = row.category;
    if (!row.text && !row.amountCol) continue;
    const line = row.text ? parseBasisLine(row.text) : null;
    items.push({ row: r, textCol: row.textCol, category, line, amountCol: row.amountCol, categoryTotal: !row.text && !!row.category });
  }
  return buildBasisLedger(ctx, items, options, lastRow);
}

export interface RowCells {
  readonly category: string;
  readonly text: string;
  readonly textCol: number;
  readonly amountCol: number | null;
}

/** One row of a text-layout basis table: its category, line text and amount column. Shared with the row templates. */
export function readRow(grid: Grid, r: number, cols: BasisColumns): RowCells | null {
  let category = cols.category === null ? '' : grid.text(r, cols.category);
  let text = '';
  let textCol = cols.text;
  let amountCol: number | null = null;
  if (category && MARKER_START.test(category)) {
    // A line shifted into the category column by a conversion: it is a line, not a category.
    text = category;
    textCol = cols.category as number;
    category = '';
  }
  const from = cols.category === null ? Math.min(cols.text, grid.left) : Math.min(cols.text, cols.category + 1);
  // The amount is the figure right after an `=` cell when the row has one; else the
  // last figure in the row. Figures further right (a 비고 column) are not the amount.
  let afterEquals = false;
  for (let c = from; c < grid.right; c++) {
    if (c === cols.category) continue;
    const t = grid.text(r, c);
    if (t === '=' || t === '＝') {
      // Figures before the sign are operands written in cells, not the amount.
      afterEquals = true;
      amountCol = null;
      continue;
    }
    if (!t) continue;
    if (!text && !parseFigure(t)) {
      text = t;
      textCol = c;
      continue;
    }
    if (parseFigure(t) || isAmountCell(grid, r, c)) {
      amountCol = c;
      if (afterEquals) break;
    }
  }
  if (!category && !text && amountCol === null) return null;
  return { category, text, textCol, amountCol };
}

function isAmountCell(grid: Grid, r: number, c: number): boolean {
  const v = grid.cell(r, c).value;
  return typeof v === 'number' || (typeof v === 'object' && v !== null);
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
    return { model, lastRow: model.lastRow, rounding: model.rounding, derivations: model.derivations, named };
  },
});
