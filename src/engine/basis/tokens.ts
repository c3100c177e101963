/**
 * Tokens of a calculation-basis line. Offsets are into the original text so that a
 * formula or an amount can be located (and replaced by Fix) exactly.
 */
import { digitsEnd } from '../number';

interface Span {
  readonly start: number;
  readonly end: number;
  /** Whitespace between this token and the previous one (or the line start). */
  readonly spaceBefore: boolean;
}

interface TokenBase extends Span {
  readonly text: string;
}

export type BinaryOp = '+' | '-' | '*' | '/';

/**
 * A number: offsets only, no text. Its digits are read from the line when a formula
 * takes it (expr.ts) and written out only to explain a finding (explain.ts): most
 * lines are all numbers and operators, and strings for every number were most of
 * what reading a line allocated.
 */
export interface NumToken extends Span {
  readonly kind: 'num';
  /** Where the digits end (`scanDigits`'s end), before any exponent. */
  readonly digitsEnd: number;
  /** Scientific notation's power of ten (`1.5e3`: 3), 0 when the number has none. */
  readonly exponent: number;
}

export type WordToken = TokenBase & { readonly kind: 'word' };

export type Token =
  | NumToken
  | WordToken
  /** `△`/`▲` are unary only; `-` is either, by position. */
  | (TokenBase & { readonly kind: 'op'; readonly op: BinaryOp | '△' })
  | (TokenBase & { readonly kind: 'open' | 'close' | 'percent' | 'eq' | 'other' });

export function isHangul(code: number): boolean {
  return (code >= 0xac00 && code <= 0xd7a3) || (code >= 0x3131 && code <= 0x318e);
}

export function isLatin(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** Unit symbols that behave like counter letters: `60ℓ`, `30㎡`, `25°`. */
function isUnitSymbol(code: number): boolean {
  return (
    (code >= 0x2100 && code <= 0x214f) ||
    (code >= 0x3380 && code <= 0x33ff) ||
    code === 0xb0 ||
    code === 0xb2 ||
    code === 0xb3 ||
    code === 0xb5
  );
}

function isWordChar(code: number): boolean {
  return isHangul(code) || isLatin(code) || isUnitSymbol(code);
}

/** Whitespace, including NBSP, ideographic space and the zero-width characters conversion leaves. */
function isSpace(code: number): boolean {
  if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) return true;
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200d) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x2060 ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** An `x`/`X` standing alone (not inside a Latin word such as `box`) multiplies. */
function isTimesLetter(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code !== 0x78 && code !== 0x58) return false;
  return !isLatin(text.charCodeAt(i - 1)) && !isLatin(text.charCodeAt(i + 1));
}

type Punctuation = 'open' | 'close' | 'percent' | 'eq';

function entries<T>(chars: string, value: T): [string, T][] {
  return [...chars].map((c) => [c, value]);
}

/** Operators by character; `x`/`X` are decided by their neighbours. */
const OPERATORS: ReadonlyMap<string, BinaryOp | '△'> = new Map([
  ...entries('*＊×', '*' as const),
  ...entries('/÷／', '/' as const),
  ...entries('+＋', '+' as const),
  ...entries('-−–－', '-' as const),
  ...entries('△▲', '△' as const),
]);

const PUNCTUATION: ReadonlyMap<string, Punctuation> = new Map([
  ...entries('([（［', 'open' as const),
  ...entries(')]）］', 'close' as const),
  ...entries('%％', 'percent' as const),
  ...entries('=＝', 'eq' as const),
]);

function single(text: string, i: number, spaceBefore: boolean): Token {
  const ch = text[i] ?? '';
  const op = isTimesLetter(text, i) ? '*' : OPERATORS.get(ch);
  if (op !== undefined) return { kind: 'op', op, text: ch, start: i, end: i + 1, spaceBefore };
  return { kind: PUNCTUATION.get(ch) ?? 'other', text: ch, start: i, end: i + 1, spaceBefore };
}

/** Beyond this a power of ten is past every figure's bound (or below every unit) either way. */
const MAX_EXPONENT = 1000;

/**
 * Scientific notation after a number's digits (`1e308`, `1.5E+3`): `e`, an optional
 * sign, digits, and no letter after them. It belongs to the number: split off, `1e308원`
 * would read as the label `1e` and the amount 308원.
 */
function exponentAt(text: string, i: number): { exponent: number; end: number } | null {
  const e = text.charCodeAt(i);
  if (e !== 0x65 && e !== 0x45) return null;
  let j = i + 1;
  const sign = text[j];
  if (sign === '+' || sign === '-') j++;
  const first = j;
  while (j < text.length && text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x39) j++;
  if (j === first || isLatin(text.charCodeAt(j))) return null;
  // Clamped: `1e999999999` is as absurd as 1e1000, and 10^(10^9) cannot be built.
  const magnitude = Math.min(Number(text.slice(first, j)), MAX_EXPONENT);
  return { exponent: sign === '-' ? -magnitude : magnitude, end: j };
}

/** Splits `text` from `from` on into tokens. Linear in the length; never throws. */
export function tokenize(text: string, from = 0): Token[] {
  const to = text.length;
  const tokens: Token[] = [];
  let i = from;
  let spaceBefore = true;
  while (i < to) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      spaceBefore = true;
      i++;
      continue;
    }
    if (code >= 0x30 && code <= 0x39) {
      const mantissaEnd = digitsEnd(text, i); // past `i`: a digit is there
      const power = exponentAt(text, mantissaEnd);
      const end = power ? power.end : mantissaEnd;
      tokens.push({ kind: 'num', start: i, end, spaceBefore, digitsEnd: mantissaEnd, exponent: power ? power.exponent : 0 });
      i = end;
    } else if (isWordChar(code) && !isTimesLetter(text, i)) {
      let end = i + 1;
      while (end < to && isWordChar(text.charCodeAt(end)) && !isTimesLetter(text, end)) end++;
      tokens.push({ kind: 'word', text: text.slice(i, end), start: i, end, spaceBefore });
      i = end;
    } else {
      tokens.push(single(text, i, spaceBefore));
      i++;
    }
    spaceBefore = false;
  }
  return tokens;
}
