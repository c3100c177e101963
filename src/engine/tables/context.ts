/**
 * What a table parser needs while it reads: the grid, the table's unit and
 * range, and the place to report cells it could not read.
 */
import { isCellError } from '../snapshot';
import { cellFigure, MONEY_SCALE, MONEY_UNIT_PATTERN, plainIntegerStyle, styleOf, type FigureStyle, type MoneyUnit, type ParsedFigure } from '../number';
import { fromBigInt, mul, type Rational } from '../rational';
import type { Grid } from '../grid';
import type { Figure, Unreadable } from '../checks/ledger';
import { CellFigure } from '../checks/cellFigure';

export interface TableContext {
  readonly grid: Grid;
  readonly unit: MoneyUnit;
  readonly unreadable: Unreadable[];
}

/** A figure read from a cell: value in 원 (or percent), and how it was written. */
export function readAmount(ctx: TableContext, row: number, col: number, label: string): Figure | null {
  // A plain whole number shown as itself is most of a book's figures: read without the
  // cell's object or a parsed figure, to the same figure the general path gives.
  const value = ctx.grid.value(row, col);
  if (typeof value === 'number') {
    const like = plainIntegerStyle(value, ctx.grid.text(row, col));
    if (like) {
      const scale = MONEY_SCALE[ctx.unit];
      // In 원 as a double while that is exact (a safe integer): no BigInt at all.
      const won = value * Number(scale);
      const stated = Number.isSafeInteger(won) ? won : fromBigInt(BigInt(value) * scale);
      return moneyFigure(ctx, row, col, ctx.unit, stated, like, label);
    }
  }
  const parsed = readParsed(ctx, row, col);
  if (!parsed || parsed.unit === '%') return null;
  return amountFigure(ctx, row, col, parsed, label);
}

export function amountFigure(ctx: TableContext, row: number, col: number, parsed: ParsedFigure, label: string): Figure {
  const unit: MoneyUnit = parsed.unit && parsed.unit !== '%' ? parsed.unit : ctx.unit;
  const scale = MONEY_SCALE[unit];
  const stated = mul(parsed.value, fromBigInt(scale)); // two safe integers: a double product
  return moneyFigure(ctx, row, col, unit, stated, styleOf(parsed), label);
}

function moneyFigure(ctx: TableContext, row: number, col: number, unit: MoneyUnit, stated: Rational, like: FigureStyle, label: string): Figure {
  return new CellFigure(ctx.grid.name, row, col, stated, unit, like, label);
}

/** A value no cell states (a line's exact product, a category total): it only carries truth upward. */
export function computedFigure(ctx: TableContext, label: string): Figure {
  const scale = MONEY_SCALE[ctx.unit];
  return { sheet: ctx.grid.name, cell: '', stated: null, unit: ctx.unit, scale, like: null, label };
}

/** A percentage figure (a change rate); `%` in the cell or not. */
export function readPercent(ctx: TableContext, row: number, col: number, label: string): Figure | null {
  const parsed = readParsed(ctx, row, col);
  if (!parsed) return null;
  if (parsed.unit !== null && parsed.unit !== '%') return null;
  return percentFigure(ctx, row, col, parsed.value, parsed, label);
}

export function percentFigure(
  ctx: TableContext,
  row: number,
  col: number,
  value: Rational,
  like: ParsedFigure | null,
  label: string,
): Figure {
  return new CellFigure(ctx.grid.name, row, col, value, '%', like && styleOf(like), label);
}

/**
 * The figure a cell shows, or null. Error values and text that looks numeric
 * but cannot be read are reported as unreadable instead of dropped silently.
 */
export function readParsed(ctx: TableContext, row: number, col: number): ParsedFigure | null {
  // Value and shown text, not grid.cell: no object (and no formula read) for each figure of a book.
  const value = ctx.grid.value(row, col);
  const text = ctx.grid.shown(row, col);
  if (value === null && text.trim() === '') return null;
  if (isCellError(value)) {
    report(ctx, row, col, value.error, 'error-value');
    return null;
  }
  const parsed = cellFigure(value, text);
  if (!parsed && looksNumeric(text)) report(ctx, row, col, text, 'figure');
  return parsed;
}

function report(ctx: TableContext, row: number, col: number, text: string, reason: Unreadable['reason']): void {
  ctx.unreadable.push({ sheet: ctx.grid.name, cell: ctx.grid.address(row, col), text, reason });
}

/** Mostly digits and separators: a figure that failed to parse, not a label. */
export function looksNumeric(text: string): boolean {
  const t = text.replace(/\s/g, '');
  if (!/\d/.test(t)) return false;
  const digits = t.replace(/[^0-9]/g, '').length;
  return digits / t.length >= 0.6 && !/[가-힣a-zA-Z]{2,}/.test(t);
}

/** `(단위 : 천원)`, `단위:원`, `(단위 : 건, 백만원)`: the money unit a note names, after any others. */
const UNIT_NOTE = new RegExp(`단위\\s*[:：]?[^)]*?(${MONEY_UNIT_PATTERN})`);

/** Finds the table's unit note (`(단위 : 천원, %)`, `단위:원`) in the rows just above its header. */
export function unitNote(grid: Grid, headerRow: number): MoneyUnit | null {
  for (let r = headerRow - 1; r >= Math.max(grid.top, headerRow - 3); r--) {
    const unit = noteIn(grid, r);
    if (unit) return unit;
  }
  return null;
}

/**
 * A unit note anywhere above a table, beside its header or to the right of it, up to the
 * rows of figures of the table before it: the titles and heading lines between a note
 * and its table can be many (`(단위 : 천원)`, then `(장 2000)…`, `(관 2100)…`, …).
 */
export function unitNoteAbove(grid: Grid, headerRow: number): MoneyUnit | null {
  for (let r = headerRow; r >= Math.max(grid.top, headerRow - 12); r--) {
    const unit = noteIn(grid, r);
    if (unit) return unit;
    if (r < headerRow && hasNumberCell(grid, r)) return null;
  }
  return null;
}

/** The unit a note on this row names (`(단위 : 천원)`), or null. */
export function noteIn(grid: Grid, r: number): MoneyUnit | null {
  for (const c of grid.filledColumns(r)) {
    const text = grid.text(r, c);
    // Asked of the rows above every row a table might start at: the pattern runs only where its word is.
    if (!text.includes('단위')) continue;
    const m = UNIT_NOTE.exec(text);
    if (m) return m[1] as MoneyUnit;
  }
  return null;
}

function hasNumberCell(grid: Grid, r: number): boolean {
  for (const c of grid.filledColumns(r)) if (typeof grid.value(r, c) === 'number') return true;
  return false;
}
