/**
 * What counts as a figure (DESIGN §1.2): an amount or a rate, whether a number cell,
 * a number written as text, a calculation written in text, or a formula's result.
 * Not figures: years, dates, codes, list markers, page and row numbers, and labels
 * that merely contain digits (`3.1절`, `4급(30호봉)`). Asked only of cells that took
 * part in no checked identity: a cell that did is a figure whatever it looks like.
 */
import type { Grid } from '../grid';
import { isCellError } from '../snapshot';
import { MONEY_UNIT_PATTERN, parseFigure, parseLabelledFigure } from '../number';
import { parseBasisLine } from '../basis/line';
import { isDateFormat, looksLikeDate } from '../dates';

export { isDateFormat };

export function holdsFigure(grid: Grid, row: number, col: number): boolean {
  const value = grid.value(row, col);
  const shown = grid.text(row, col);
  if (isCellError(value)) return true; // a figure stood here; it cannot be read
  if (typeof value === 'boolean') return false;
  if (typeof value === 'number') {
    if (isDateFormat(grid.numberFormat(row, col)) || (looksLikeDate(shown) && !showsDecimal(shown, value))) return false;
    return !isYearOrCode(shown) && !isRowNumber(grid, row, col, value) && !isCodeAboveName(grid, row, col, shown);
  }
  if (!/\d/.test(shown)) return false;
  const figure = parseFigure(shown);
  if (figure) {
    if (isYearOrCode(shown) || isListMarker(shown) || isCodeAboveName(grid, row, col, shown)) return false;
    const v = figure.value;
    const value = typeof v === 'number' ? v : Number(v.num) / Number(v.den);
    return !isRowNumber(grid, row, col, value);
  }
  return isFigureText(grid, shown);
}

/**
 * Text that reads as a figure wherever it stands: a labelled figure (`(국비) 1,000`) or a
 * calculation. Kept per grid and text: a book repeats its prose lines from project to
 * project, and each is parsed as a basis line to be sure.
 */
const figureTexts = new WeakMap<Grid, Map<string, boolean>>();

function isFigureText(grid: Grid, text: string): boolean {
  let known = figureTexts.get(grid);
  if (!known) figureTexts.set(grid, (known = new Map()));
  let figure = known.get(text);
  if (figure === undefined) {
    figure = !!parseLabelledFigure(text)?.figure || (!isHeaderFormula(text) && isCalculation(text));
    known.set(text, figure);
  }
  return figure;
}

const TAG = '(?:[A-Z]|[\u2460-\u2473\u3260-\u327F\u24B6-\u24E9])';
const HEADER_FORMULA = new RegExp(`${TAG}\\s*\\)?\\s*[-+*/×÷]|[-+*/×÷]\\s*\\(?\\s*${TAG}(?![a-z])`);

/** A header's formula over column tags (`(B-A)*100/A`, `㉰=㉮-㉯`, `⑤=②-③-④`): a label, not a figure. */
function isHeaderFormula(text: string): boolean {
  return HEADER_FORMULA.test(text);
}

/**
 * A number cell showing its own value as a decimal (`15.0`, `369.4` in a 조원 list): an
 * amount, though `15.0` reads like a date; a date cell shows a serial day number's date.
 */
function showsDecimal(shown: string, value: number): boolean {
  const m = /^-?\d+\.(\d+)$/.exec(shown);
  if (!m) return false;
  return Math.abs(Number(shown) - value) <= 0.5 * 10 ** -(m[1] as string).length;
}

/** A year shown without separators (`2021`), or a code with a leading zero (`01`, `0350`). */
function isYearOrCode(text: string): boolean {
  if (/^0\d+$/.test(text)) return true;
  if (!/^\d{4}$/.test(text)) return false;
  const year = Number(text);
  return year >= 1900 && year <= 2100;
}

/**
 * A 과목 code on a line of its own above its name (`120` over `경상적경비`, as a box-drawn
 * 예산서 prints a level): alone on its row, with words and no digits right below it.
 */
function isCodeAboveName(grid: Grid, row: number, col: number, text: string): boolean {
  if (!/^\d{2,4}(-\d{1,3})?$/.test(text) || row + 1 >= grid.bottom) return false;
  const filled = grid.filledColumns(row);
  if (filled.length !== 1 || filled[0] !== col) return false;
  const below = grid.text(row + 1, col);
  return below !== '' && !/\d/.test(below);
}

/** `(1)`: a numbered list marker, not a bracketed negative. */
function isListMarker(text: string): boolean {
  return /^\(\d{1,2}\)$/.test(text);
}

/**
 * A row number: a small whole number in a run of consecutive numbers down its column
 * (each the next within three rows). A run of two counts only when it starts at 1 or
 * stands first in its row, as a 연번 column does: two amounts that happen to differ by
 * one (`565` over `566`) are figures.
 */
function isRowNumber(grid: Grid, row: number, col: number, value: number): boolean {
  if (!Number.isInteger(value) || value < 1 || value > 9999) return false;
  let first = value;
  let length = 1;
  for (const step of [-1, 1] as const) {
    for (let r = row, want = value + step; (r = nextFilled(grid, r, col, step)) >= 0 && numberAt(grid, r, col) === want; want += step) {
      length++;
      if (step < 0) first = want;
      if (length >= 3) return true;
    }
  }
  return length === 2 && (first === 1 || grid.filledColumns(row)[0] === col);
}

/** The next row up or down (step -1 or 1) within three rows with something in the column, or -1. */
function nextFilled(grid: Grid, row: number, col: number, step: -1 | 1): number {
  for (let r = row + step, n = 0; n < 3 && r >= grid.top && r < grid.bottom; r += step, n++) {
    if (grid.text(r, col) !== '') return r;
  }
  return -1;
}

function numberAt(grid: Grid, row: number, col: number): number | null {
  const text = grid.text(row, col);
  return /^\d{1,4}$/.test(text) ? Number(text) : null;
}

/** A product sign, or a figure followed by a money unit. */
const CALCULATION_SIGN = new RegExp(`[*＊×xX]|\\d\\s*(?:${MONEY_UNIT_PATTERN})`);

/**
 * A calculation written in text (`70,000 X 11인 X 80일`, `… = 60,000천원`): the basis
 * grammar reads an amount, or a formula that multiplies or names a money unit. A lone
 * fraction (`1/4분기`) is a label.
 */
function isCalculation(text: string): boolean {
  const line = parseBasisLine(text);
  if (line.amount || line.unreadable) return true;
  return line.formula !== null && line.formula !== undefined && CALCULATION_SIGN.test(text);
}
