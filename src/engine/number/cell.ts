/**
 * The figure a cell holds: a number taken exactly, with the notation its shown
 * text supplies; a string read as text.
 */
import type { CellValue } from '../snapshot';
import { div, eq, fromBigInt, isZero, mul, rat, roundHalfUp, sign, type Rational } from '../rational';
import { isAbsurd } from './bounds';
import type { FigureSign, ParsedFigure } from './figure';
import { parseFigure } from './scan';
import { styleOf, type FigureStyle } from './style';

/** `plainNotation`'s answer: the sign (0 none, 1 `△`, 2 `-`) times two, plus one when grouped; -1 when not plain. */
const NOT_PLAIN = -1;
const PLAIN_SIGNS: readonly (FigureSign | null)[] = [null, '△', '-'];

/**
 * The common case of a budget book, read without the general parser: a whole
 * number shown as itself (`534,200`, `△106,540`): digits, grouped by three or
 * not, after an optional `△` or `-`. Gives exactly what the general path gives,
 * or null to take it. A scan rather than a regular expression: it runs for every
 * figure of a book and allocates only its result.
 */
export function plainInteger(value: number, text: string): ParsedFigure | null {
  const notation = plainNotation(value, text);
  if (notation === NOT_PLAIN) return null;
  return {
    value, // a safe integer, never 0 (plainNotation), so already the canonical form
    unit: null,
    decimals: 0,
    sign: PLAIN_SIGNS[notation >> 1] ?? null,
    grouped: (notation & 1) === 1,
    unitSpaced: false,
    signSpaced: false,
  };
}

/** The shared styles of the plain integers (`styleOf`), by `plainNotation`'s answer. */
const plainStyles: (FigureStyle | undefined)[] = [];

/**
 * `styleOf(plainInteger(value, text))` without the figure: a table reading its amounts
 * needs only the style of the plain ones (the value is `value`), and a book has a
 * million of them. Null where `plainInteger` is.
 */
export function plainIntegerStyle(value: number, text: string): FigureStyle | null {
  const notation = plainNotation(value, text);
  if (notation === NOT_PLAIN) return null;
  let style = plainStyles[notation];
  if (!style) {
    const figure = plainInteger(value, text) as ParsedFigure;
    plainStyles[notation] = style = styleOf(figure);
  }
  return style;
}

/** How a plain integer is written (sign and grouping, packed as NOT_PLAIN says), or NOT_PLAIN. */
function plainNotation(value: number, text: string): number {
  if (!Number.isSafeInteger(value) || value === 0 || typeof text !== 'string') return NOT_PLAIN;
  const first = text.charCodeAt(0);
  const sign = first === 0x25b3 ? 1 : first === 0x2d ? 2 : 0;
  let i = sign === 0 ? 0 : 1;
  if (i >= text.length) return NOT_PLAIN;
  let magnitude = 0;
  let run = 0; // digits since the last comma (or the start)
  let grouped = false;
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x2c) {
      // A comma follows one to three leading digits, or exactly three.
      if (run === 0 || run > 3 || (grouped && run !== 3)) return NOT_PLAIN;
      grouped = true;
      run = 0;
      continue;
    }
    if (code < 0x30 || code > 0x39) return NOT_PLAIN;
    magnitude = magnitude * 10 + (code - 0x30);
    if (magnitude > Number.MAX_SAFE_INTEGER) return NOT_PLAIN;
    run++;
  }
  if (run === 0 || (grouped && run !== 3)) return NOT_PLAIN;
  if (magnitude !== Math.abs(value) || (sign !== 0) !== value < 0) return NOT_PLAIN;
  return sign * 2 + (grouped ? 1 : 0);
}

/** Notation inferred from a bare number when the cell's text says nothing usable. */
function figureOfNumber(value: number, exact: Rational): ParsedFigure {
  const plain = String(Math.abs(value));
  const dot = plain.indexOf('.');
  const decimals = dot < 0 || plain.includes('e') ? 0 : plain.length - dot - 1;
  return { value: exact, unit: null, decimals, sign: sign(exact) < 0 ? '-' : null, grouped: false };
}

/** Does `shown` equal `exact` as the display rounds it to `shown.decimals` places? */
function showsValue(shown: ParsedFigure, exact: Rational): boolean {
  const scale = fromBigInt(10n ** BigInt(shown.decimals));
  return eq(roundHalfUp(mul(exact, scale)), mul(shown.value, scale)) || eq(shown.value, exact);
}

/**
 * The figure a cell holds. A number is taken exactly; its shown text supplies the
 * notation (unit, sign, decimals, grouping) when the text is that number as a number
 * format displays it (`-2590` shown `△2,590`, `0.125` shown `12.5%`, `19.936` shown
 * `19.94`). Strings are parsed; booleans, errors and empty cells are not figures.
 */
export function cellFigure(value: CellValue, text: string): ParsedFigure | null {
  if (typeof value === 'string') return parseFigure(value);
  if (typeof value !== 'number' || !Number.isFinite(value)) return null;
  const plain = plainInteger(value, text);
  if (plain) return plain;
  const figure = numberFigure(value, text);
  // A figure past any budget is not taken as one (bounds.ts): the cell is reported instead.
  return isAbsurd(figure.value) ? null : figure;
}

/** A number that is not a plain integer, with the notation its text shows when the text is that number. */
function numberFigure(value: number, text: string): ParsedFigure {
  const exact = rat(value);
  const shown = typeof text === 'string' ? parseFigure(text) : null;
  if (shown) {
    if (shown.unit === '%') {
      const percent = mul(exact, 100);
      if (showsValue(shown, percent)) return { ...shown, value: percent };
    } else if (showsValue(shown, exact)) {
      return { ...shown, value: exact };
    } else {
      const scale = displayScale(value, text);
      if (scale !== 1) return { ...shown, value: div(exact, rat(scale)) };
    }
  }
  return figureOfNumber(value, exact);
}

/**
 * How many times a number format divides the value before showing it: Excel's
 * `#,##0,` shows 534,200,000 as `534,200` (one trailing comma per thousand), the way
 * a book kept in 원 is printed in 천원. The figure the reader checks is the shown one,
 * so the value is taken divided by this (exactly). 1 when the text is not the value
 * scaled by a thousand, a million or a billion.
 */
export function displayScale(value: CellValue, text: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value === 0) return 1;
  const shown = typeof text === 'string' ? parseFigure(text) : null;
  if (!shown || shown.unit === '%' || isZero(shown.value)) return 1;
  const exact = rat(value);
  if (showsValue(shown, exact)) return 1;
  for (const scale of [1_000, 1_000_000, 1_000_000_000]) {
    if (showsValue(shown, div(exact, rat(scale)))) return scale;
  }
  return 1;
}
