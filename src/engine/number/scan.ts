/**
 * Figures in text: `534,200`, `△106,540`, `(106,540)`, `427,660천원`, `12.5%`, with
 * PDF/HWP conversion noise such as a leading `(x-)`. Everything here takes any
 * string and returns null rather than throwing: a cell's text is user input.
 */
import { fromDigits, neg, rat } from '../rational';
import { isAbsurd } from './bounds';
import type { FigureSign, ParsedFigure, ScannedFigure } from './figure';
import { UNITS, type MoneyUnit } from './units';
import { remember } from '../capped';

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
  const end = digitsEnd(s, i);
  if (end === i) return null;
  let intEnd = s.indexOf('.', i);
  if (intEnd < 0 || intEnd > end) intEnd = end;
  const written = s.slice(i, intEnd);
  const grouped = written.length > 3 && written.charCodeAt(written.length - 4) === 0x2c;
  return {
    intPart: grouped ? written.replace(/,/g, '') : written,
    fracPart: intEnd < end ? s.slice(intEnd + 1, end) : '',
    grouped,
    end,
  };
}

function isDigitAt(s: string, i: number): boolean {
  const code = s.charCodeAt(i);
  return code >= 0x30 && code <= 0x39;
}

/**
 * Where the digits `scanDigits` reads at `i` end (`i` when there are none): its grammar,
 * without the parts. A line's tokens need only this, and the strings are made when
 * asked for (a book has hundreds of thousands of numbers in its calculations).
 */
export function digitsEnd(s: string, i: number): number {
  let j = i;
  while (isDigitAt(s, j)) j++;
  if (j === i) return i;
  if (j - i <= 3) {
    while (s.charCodeAt(j) === 0x2c && isDigitAt(s, j + 1) && isDigitAt(s, j + 2) && isDigitAt(s, j + 3) && !isDigitAt(s, j + 4)) j += 4;
  }
  if (s.charCodeAt(j) === 0x2e && isDigitAt(s, j + 1)) {
    j += 2;
    while (isDigitAt(s, j)) j++;
  }
  return j;
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
    : fromDigits(digits.intPart);
  // Read exactly however long it is, but a figure past any budget is not taken as one (bounds.ts).
  if (isAbsurd(value)) return null;
  if (sign !== null) value = neg(value); // −0 is 0
  const figure: ParsedFigure = {
    value,
    unit,
    decimals: digits.fracPart.length,
    sign,
    grouped: digits.grouped,
    unitSpaced,
    signSpaced,
  };
  return { figure, start, end: i };
}

/**
 * Figures parsed, by text: each kind that tries a table, then coverage, asks again of the
 * same cells, and a book repeats its labels. Short texts only (figures are short), and a
 * bounded number of them; a parsed figure is never changed, so it can be handed out again.
 */
const parsedTexts = new Map<string, ParsedFigure | null>();
const PARSED_TEXT_LENGTH = 40;
const PARSED_TEXTS = 50_000;

/** A whole cell that is exactly one figure, after conversion noise is removed. */
export function parseFigure(text: string): ParsedFigure | null {
  if (typeof text !== 'string') return null;
  if (holdsNoFigure(text)) return null;
  if (text.length > PARSED_TEXT_LENGTH) return parseWhole(text);
  return remember(parsedTexts, text, PARSED_TEXTS, parseWhole);
}

/**
 * A text no figure can be read from, told by one walk over it: one without a digit, one
 * with a digit after a Hangul syllable, one opening with a basis marker (`○`, `□`). A
 * figure is a sign, digits and a unit (the only Hangul, after every digit), and what
 * stripNoise removes holds neither digits nor Hangul. Most label cells of a book are
 * these (`사무관리비`, `- 2022 이용안내 4,200원*11주`): answered here, they are not
 * parsed, nor kept in the cache of figures.
 */
function holdsNoFigure(text: string): boolean {
  let i = 0;
  while (i < text.length && text.charCodeAt(i) <= 0x20) i++;
  const first = text.charCodeAt(i);
  if (first === 0x25cb || first === 0x25a1) return true;
  let digit = false;
  let hangul = false;
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) {
      if (hangul) return true;
      digit = true;
    } else if (code >= 0xac00 && code <= 0xd7a3) hangul = true;
  }
  return !digit;
}

function parseWhole(text: string): ParsedFigure | null {
  const s = stripNoise(text);
  const found = scanFigure(s, 0);
  return found && found.start === 0 && found.end === s.length ? found.figure : null;
}

/** The document's "nothing" mark: a lone dash. */
export function isDashOnly(text: string): boolean {
  if (typeof text !== 'string') return false;
  return /^[-－–—―−]$/.test(stripNoise(text));
}
