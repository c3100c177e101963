/**
 * Korean budget figures as they appear in a cell: `534,200`, `△106,540`, `(106,540)`,
 * `427,660천원`, `12.5%`, with PDF/HWP conversion noise such as a leading `(x-)`.
 * Everything here takes any string and returns null rather than throwing: a cell's
 * text is user input.
 */
import type { CellValue } from './snapshot';
import { div, eq, mul, rat, roundHalfUp, type Rational } from './rational';

export type MoneyUnit = '원' | '천원' | '만원' | '백만원' | '억원';

export const MONEY_SCALE: Readonly<Record<MoneyUnit, bigint>> = Object.freeze({
  원: 1n,
  천원: 1000n,
  만원: 10000n,
  백만원: 1000000n,
  억원: 100000000n,
});

/** Longest first, so `백만원` is not read as `만원` after a stray `백`. */
const UNITS: readonly (MoneyUnit | '%')[] = ['백만원', '천원', '만원', '억원', '원', '%'];

export type FigureSign = '△' | '▲' | '-' | '−' | '()';

export interface ParsedFigure {
  /** The number as written, in its own unit (not converted to 원); negative when marked. */
  readonly value: Rational;
  /** A unit written in the cell (glued or spaced), else null. */
  readonly unit: MoneyUnit | '%' | null;
  /** Digits written after the decimal point (0 for `1,000`). */
  readonly decimals: number;
  /** How a negative was written. */
  readonly sign: FigureSign | null;
  /** Thousands separators used. */
  readonly grouped: boolean;
  /** A space between the number and its unit (`1,000 천원`); lets notation round-trip. */
  readonly unitSpaced?: boolean;
  /** A space between the sign and the number (`▲ 300`). */
  readonly signSpaced?: boolean;
}

/** How a figure is written, without its value: all a checked figure keeps of its cell's notation. */
export type FigureStyle = Omit<ParsedFigure, 'value'>;

const styles = new Map<number, FigureStyle>();
const STYLE_UNITS: readonly (MoneyUnit | '%' | null)[] = [null, ...UNITS];
const STYLE_SIGNS: readonly (FigureSign | null)[] = [null, '△', '▲', '-', '−', '()'];

/**
 * The figure's style, one shared object per combination: a book has a million
 * figures written in a handful of ways, and each figure keeps its style until
 * the check is done (a copy each was a fifth of the engine's memory).
 */
export function styleOf(figure: ParsedFigure): FigureStyle {
  const { unit, decimals, sign, grouped, unitSpaced, signSpaced } = figure;
  const u = STYLE_UNITS.indexOf(unit);
  const s = STYLE_SIGNS.indexOf(sign);
  if (u < 0 || s < 0 || decimals >= 64) return { unit, decimals, sign, grouped, unitSpaced, signSpaced };
  const spaced = (flag: boolean | undefined) => (flag === undefined ? 2 : flag ? 1 : 0);
  const key = ((((u * 8 + s) * 2 + (grouped ? 1 : 0)) * 3 + spaced(unitSpaced)) * 3 + spaced(signSpaced)) * 64 + decimals;
  let style = styles.get(key);
  if (!style) {
    style = Object.freeze({ unit, decimals, sign, grouped, unitSpaced, signSpaced });
    styles.set(key, style);
  }
  return style;
}

/** A figure found inside a longer text, with its offsets (sign, brackets and unit included). */
export interface ScannedFigure {
  readonly figure: ParsedFigure;
  readonly start: number;
  readonly end: number;
}

const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const NBSP = /[\u00A0\u2007\u202F\u3000]/g;
/** A parenthesised group with no digits and no Hangul, at a given index: `(x-)`, `(x)`, `(×-)`. */
const NOISE_AT = /\([^()\d\uAC00-\uD7A3\u3131-\u318E]*\)\s*/y;
const HANGUL_OR_LATIN = /[\uAC00-\uD7A3\u3131-\u318EA-Za-z]/;

/** The index after spaces and any noise groups from `i` on (offsets kept, unlike stripNoise). */
export function skipNoise(s: string, i: number): number {
  for (;;) {
    const j = skipSpaces(s, i);
    NOISE_AT.lastIndex = j;
    const m = NOISE_AT.exec(s);
    if (!m) return j;
    i = j + m[0].length;
  }
}

/** Removes a leading `(x-)`-style group, zero-width characters and NBSP, and trims. */
export function stripNoise(text: string): string {
  if (typeof text !== 'string') return '';
  const s = text.replace(INVISIBLE, '').replace(NBSP, ' ').trim();
  return s.slice(skipNoise(s, 0)).trim();
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

function skipSpaces(s: string, i: number): number {
  while (s[i] === ' ' || s[i] === '\t') i++;
  return i;
}

export interface Digits {
  readonly intPart: string;
  readonly fracPart: string;
  readonly grouped: boolean;
  readonly end: number;
}

/**
 * Reads `1,234,567.89` at `i`. Grouping must be exact (1–3 digits, then groups of
 * three); an ill-formed group ends the number before its comma, so a whole-cell
 * parse of `1,00,0` fails.
 */
export function scanDigits(s: string, i: number): Digits | null {
  let j = i;
  while (isDigit(s[j])) j++;
  if (j === i) return null;
  let intPart = s.slice(i, j);
  let grouped = false;
  if (intPart.length <= 3) {
    while (
      s[j] === ',' &&
      isDigit(s[j + 1]) &&
      isDigit(s[j + 2]) &&
      isDigit(s[j + 3]) &&
      !isDigit(s[j + 4])
    ) {
      intPart += s.slice(j + 1, j + 4);
      grouped = true;
      j += 4;
    }
  }
  let fracPart = '';
  if (s[j] === '.' && isDigit(s[j + 1])) {
    let k = j + 1;
    while (isDigit(s[k])) k++;
    fracPart = s.slice(j + 1, k);
    j = k;
  }
  return { intPart, fracPart, grouped, end: j };
}

/** A unit at `i` that is not the start of a longer word (`원화` is not `원`). */
function scanUnit(s: string, i: number): { unit: MoneyUnit | '%'; end: number } | null {
  for (const unit of UNITS) {
    if (s.startsWith(unit, i)) {
      const after = s[i + unit.length];
      if (unit !== '%' && after !== undefined && HANGUL_OR_LATIN.test(after)) return null;
      return { unit, end: i + unit.length };
    }
  }
  return null;
}

/**
 * Reads one figure starting at `from` (after spaces): optional sign, digits, optional
 * unit, or the bracketed negative `(106,540)`. Returns null when there is none.
 */
export function scanFigure(s: string, from: number): ScannedFigure | null {
  const start = skipSpaces(s, from);
  let i = start;
  let sign: FigureSign | null = null;
  const ch = s[i];
  if (ch === '△' || ch === '▲' || ch === '-' || ch === '−') {
    sign = ch;
    i++;
  } else if (ch === '(') {
    sign = '()';
    i++;
  }
  const bodyStart = skipSpaces(s, i);
  const signSpaced = sign !== null && sign !== '()' && bodyStart > i;
  i = bodyStart;
  const digits = scanDigits(s, i);
  if (!digits) return null;
  i = digits.end;
  if (isDigit(s[i]) || (s[i] === ',' && isDigit(s[i + 1]))) return null; // ill-formed grouping
  let unit: MoneyUnit | '%' | null = null;
  let unitSpaced = false;
  const unitAt = skipSpaces(s, i);
  const found = scanUnit(s, unitAt);
  if (found) {
    unit = found.unit;
    unitSpaced = unitAt > i;
    i = found.end;
  }
  if (sign === '()') {
    i = skipSpaces(s, i);
    if (s[i] !== ')') return null;
    i++;
  }
  let value = digits.fracPart
    ? rat(BigInt(digits.intPart + digits.fracPart), 10n ** BigInt(digits.fracPart.length))
    : { num: BigInt(digits.intPart), den: 1n };
  if (sign !== null) value = { num: -value.num, den: value.den };
  const figure: ParsedFigure = {
    value: value.num === 0n ? { num: 0n, den: 1n } : value,
    unit,
    decimals: digits.fracPart.length,
    sign,
    grouped: digits.grouped,
    unitSpaced,
    signSpaced,
  };
  return { figure, start, end: i };
}

/** A whole cell that is exactly one figure, after conversion noise is removed. */
export function parseFigure(text: string): ParsedFigure | null {
  if (typeof text !== 'string') return null;
  const s = stripNoise(text);
  const found = scanFigure(s, 0);
  return found && found.start === 0 && found.end === s.length ? found.figure : null;
}

/** The document's "nothing" mark: a lone dash. */
export function isDashOnly(text: string): boolean {
  if (typeof text !== 'string') return false;
  return /^[-－–—―−]$/.test(stripNoise(text));
}

/**
 * The common case of a budget book, read without the general parser: a whole
 * number shown as itself (`534,200`, `△106,540`): digits, grouped by three or
 * not, after an optional `△` or `-`. Gives exactly what the general path gives,
 * or null to take it. A scan rather than a regular expression: it runs for every
 * figure of a book and allocates only its result.
 */
export function plainInteger(value: number, text: string): ParsedFigure | null {
  if (!Number.isSafeInteger(value) || value === 0 || typeof text !== 'string') return null;
  const first = text.charCodeAt(0);
  const sign: FigureSign | null = first === 0x25b3 ? '△' : first === 0x2d ? '-' : null;
  let i = sign === null ? 0 : 1;
  if (i >= text.length) return null;
  let magnitude = 0;
  let run = 0; // digits since the last comma (or the start)
  let grouped = false;
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x2c) {
      // A comma follows one to three leading digits, or exactly three.
      if (run === 0 || run > 3 || (grouped && run !== 3)) return null;
      grouped = true;
      run = 0;
      continue;
    }
    if (code < 0x30 || code > 0x39) return null;
    magnitude = magnitude * 10 + (code - 0x30);
    if (magnitude > Number.MAX_SAFE_INTEGER) return null;
    run++;
  }
  if (run === 0 || (grouped && run !== 3)) return null;
  if (magnitude !== Math.abs(value) || (sign !== null) !== value < 0) return null;
  return {
    value: { num: BigInt(value), den: 1n },
    unit: null,
    decimals: 0,
    sign,
    grouped,
    unitSpaced: false,
    signSpaced: false,
  };
}

/** Notation inferred from a bare number when the cell's text says nothing usable. */
function figureOfNumber(value: number, exact: Rational): ParsedFigure {
  const plain = String(Math.abs(value));
  const dot = plain.indexOf('.');
  const decimals = dot < 0 || plain.includes('e') ? 0 : plain.length - dot - 1;
  return { value: exact, unit: null, decimals, sign: exact.num < 0n ? '-' : null, grouped: false };
}

/** Does `shown` equal `exact` as the display rounds it to `shown.decimals` places? */
function showsValue(shown: ParsedFigure, exact: Rational): boolean {
  const scale: Rational = { num: 10n ** BigInt(shown.decimals), den: 1n };
  const rounded = roundHalfUp(mul(exact, scale));
  return eq({ num: rounded, den: 1n }, mul(shown.value, scale)) || eq(shown.value, exact);
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
  const exact = rat(value);
  const shown = typeof text === 'string' ? parseFigure(text) : null;
  if (shown) {
    if (shown.unit === '%') {
      const percent = mul(exact, { num: 100n, den: 1n });
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
  if (!shown || shown.unit === '%' || shown.value.num === 0n) return 1;
  const exact = rat(value);
  if (showsValue(shown, exact)) return 1;
  for (const scale of [1_000, 1_000_000, 1_000_000_000]) {
    if (showsValue(shown, div(exact, rat(scale)))) return scale;
  }
  return 1;
}

const LABEL_PREFIX = /^\(\s*([\uAC00-\uD7A3\u3131-\u318E][\uAC00-\uD7A3\u3131-\u318E·ㆍ\s]*)\)/;

/**
 * A funding cell such as `(사비)427,660천원` or `(국비)`: the label, and the figure
 * after it when there is one. Null when the text does not start with a bracketed
 * Hangul label.
 */
export function parseLabelledFigure(
  text: string,
): { label: string; figure: ParsedFigure | null } | null {
  const found = scanLabelledFigure(text);
  return found && { label: found.label, figure: found.figure?.figure ?? null };
}

/**
 * `parseLabelledFigure` with offsets into the noise-free text `clean`, so that Fix can
 * replace just the figure.
 */
export function scanLabelledFigure(
  text: string,
): { clean: string; label: string; figure: ScannedFigure | null } | null {
  if (typeof text !== 'string') return null;
  const clean = stripNoise(text);
  const m = LABEL_PREFIX.exec(clean);
  if (!m) return null;
  const label = (m[1] ?? '').trim();
  const found = scanFigure(clean, m[0].length);
  const whole = found !== null && found.end === clean.length;
  return { clean, label, figure: whole ? found : null };
}

/** The figure in 원. A percentage has no money value: asking for one is a bug. */
export function toWon(figure: ParsedFigure, defaultUnit: MoneyUnit): Rational {
  const unit = figure.unit ?? defaultUnit;
  if (unit === '%') throw new TypeError('A percentage has no value in 원');
  return mul(figure.value, { num: MONEY_SCALE[unit], den: 1n });
}
