/**
 * Exact rational arithmetic. Budget documents are integers in 원 or 천원 with the
 * occasional fraction (`6/12개월`, `50%`, `x1.045`); floating point would turn
 * `264,663,000원 × 4/12 × 50%` into 44110499.99999999, so no value here is ever a
 * rounded double: `toNumber` at the edge is the only inexact step.
 *
 * A value is a safe integer (|v| ≤ 2^53 − 1) as a plain `number`, which is nearly
 * every figure of a book: no BigInt to allocate, and double arithmetic that is exact
 * as long as its result is itself a safe integer (checked after each operation; a
 * true sum or product outside the safe range cannot round into it, since rounding is
 * monotone and 2^53 is a double). Anything else — a fraction, or an integer past
 * 2^53 — is a `Fraction` of reduced BigInts with a positive denominator. The form is
 * unique (never −0, never a Fraction for a safe integer), so structural equality
 * (`toEqual`, `===` between integers) is numeric equality. Misuse (division by zero,
 * a malformed literal) throws RangeError; user text never reaches `rat` unvalidated.
 */

declare const fractionBrand: unique symbol;

/** An exact value: a safe integer as a plain number; anything else as reduced BigInts. */
export type Rational = number | Fraction;

/** Built only here (the brand is type-only), so every Fraction is in the canonical form. */
export interface Fraction {
  readonly num: bigint;
  readonly den: bigint;
  readonly [fractionBrand]: true;
}

export const ZERO: Rational = 0;
export const ONE: Rational = 1;

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) {
    const t = x % y;
    x = y;
    y = t;
  }
  return x;
}

/** The greatest common divisor of two safe integers, not both zero. */
function gcdOfSafe(a: number, b: number): number {
  let x = a < 0 ? -a : a;
  let y = b < 0 ? -b : b;
  while (y !== 0) {
    const t = x % y;
    x = y;
    y = t;
  }
  return x;
}

/** The canonical value of an already reduced num/den (den > 0). */
function reduced(num: bigint, den: bigint): Rational {
  if (den === 1n && num <= MAX_SAFE && num >= -MAX_SAFE) return Number(num); // BigInt has no −0
  return { num, den } as Fraction;
}

function make(num: bigint, den: bigint): Rational {
  if (den === 1n) return reduced(num, den); // integers are most of a budget: skip the gcd
  if (den === 0n) throw new RangeError('Rational with a zero denominator');
  if (den < 0n) {
    num = -num;
    den = -den;
  }
  const g = gcd(num, den);
  return g > 1n ? reduced(num / g, den / g) : reduced(num, den);
}

/** An integer given as a BigInt, in the canonical form. */
export function fromBigInt(n: bigint): Rational {
  return reduced(n, 1n);
}

/** The numerator as a BigInt (of the reduced form): for explanations and keys, not arithmetic. */
export function numerator(a: Rational): bigint {
  return typeof a === 'number' ? BigInt(a) : a.num;
}

/** The denominator as a BigInt, 1n for an integer. */
export function denominator(a: Rational): bigint {
  return typeof a === 'number' ? 1n : a.den;
}

/** Digits that always fit a double exactly: below 10^15 < 2^53. */
export const EXACT_DIGITS = 15;

/** A whole number written in decimal digits (`0042`, no sign or separators). */
export function fromDigits(digits: string): Rational {
  return digits.length <= EXACT_DIGITS ? Number(digits) : fromBigInt(BigInt(digits));
}

/** `num/den` of the reduced form (`5/1`, `1/3`): a value's key in a map of candidates. */
export function ratKey(a: Rational): string {
  return typeof a === 'number' ? `${a}/1` : `${a.num}/${a.den}`;
}

/** An integer value as a BigInt; RangeError for a fraction. */
export function toBigInt(a: Rational): bigint {
  if (typeof a === 'number') return BigInt(a);
  if (a.den !== 1n) throw new RangeError('Not an integer');
  return a.num;
}

const DECIMAL = /^([+-]?)(\d+)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$|^([+-]?)\.(\d+)(?:[eE]([+-]?\d+))?$/;

/** Parses a plain decimal such as `-12.50` or `1e-7` (what `String(number)` gives). */
function parseDecimal(text: string): Rational {
  const m = DECIMAL.exec(text.trim());
  if (!m) throw new RangeError(`Not a decimal number: ${JSON.stringify(text)}`);
  const sign = (m[1] ?? m[5]) === '-' ? -1n : 1n;
  const intPart = m[2] ?? '0';
  const fracPart = m[3] ?? m[6] ?? '';
  const exp = Number(m[4] ?? m[7] ?? '0');
  if (!Number.isSafeInteger(exp) || Math.abs(exp) > 10000)
    throw new RangeError(`Exponent out of range: ${text}`);
  const digits = BigInt(intPart + fracPart) * sign;
  const scale = exp - fracPart.length;
  return scale >= 0 ? make(digits * 10n ** BigInt(scale), 1n) : make(digits, 10n ** BigInt(-scale));
}

function fromNumber(n: number): Rational {
  if (!Number.isFinite(n)) throw new RangeError(`Not a finite number: ${n}`);
  if (Number.isSafeInteger(n)) return n === 0 ? 0 : n; // −0 is 0
  // The shortest round-trip decimal is what the user typed (0.1 stays 1/10).
  return parseDecimal(String(n));
}

function toRational(x: number | bigint | string): Rational {
  if (typeof x === 'bigint') return fromBigInt(x);
  if (typeof x === 'number') return fromNumber(x);
  return parseDecimal(x);
}

/** `rat('1.045')` is exactly 209/200; `rat(1, 3)` is one third. */
export function rat(n: number | bigint | string, d?: number | bigint): Rational {
  const a = toRational(n);
  if (d === undefined) return a;
  return div(a, toRational(d));
}

export function add(a: Rational, b: Rational): Rational {
  if (typeof a === 'number' && typeof b === 'number') {
    const s = a + b;
    if (Number.isSafeInteger(s)) return s; // never −0: neither operand is
    return reduced(BigInt(a) + BigInt(b), 1n);
  }
  const an = numerator(a);
  const ad = denominator(a);
  const bn = numerator(b);
  const bd = denominator(b);
  if (ad === bd) return make(an + bn, ad);
  return make(an * bd + bn * ad, ad * bd);
}

export function sub(a: Rational, b: Rational): Rational {
  if (typeof a === 'number' && typeof b === 'number') {
    const s = a - b;
    if (Number.isSafeInteger(s)) return s; // x − x is +0
    return reduced(BigInt(a) - BigInt(b), 1n);
  }
  return add(a, neg(b));
}

export function mul(a: Rational, b: Rational): Rational {
  if (typeof a === 'number' && typeof b === 'number') {
    const p = a * b;
    if (Number.isSafeInteger(p)) return p === 0 ? 0 : p; // 0 × −5 is −0 in doubles
    return reduced(BigInt(a) * BigInt(b), 1n);
  }
  return make(numerator(a) * numerator(b), denominator(a) * denominator(b));
}

/** Throws RangeError when `b` is zero: callers check first (a zero in a document is a finding, not a crash). */
export function div(a: Rational, b: Rational): Rational {
  if (b === 0) throw new RangeError('Division by zero');
  if (typeof a === 'number' && typeof b === 'number') {
    if (a % b === 0) return a === 0 ? 0 : a / b; // exact, and within the range of a (0 / −5 is −0)
    // Reduced in doubles, exact for safe integers (so are their gcd and the quotients by it),
    // then made BigInts once: BigInt's gcd loop made new BigInts at every step, for every
    // `8/12개월` and `50%` of a book. Not an integer (a % b ≠ 0), so a Fraction.
    const g = gcdOfSafe(a, b);
    const num = a / g;
    const den = b / g;
    return (den < 0 ? { num: BigInt(-num), den: BigInt(-den) } : { num: BigInt(num), den: BigInt(den) }) as Fraction;
  }
  return make(numerator(a) * denominator(b), denominator(a) * numerator(b));
}

export function neg(a: Rational): Rational {
  if (typeof a === 'number') return a === 0 ? 0 : -a;
  return { num: -a.num, den: a.den } as Fraction;
}

export function abs(a: Rational): Rational {
  return sign(a) < 0 ? neg(a) : a;
}

/** −1, 0 or 1. */
export function sign(a: Rational): -1 | 0 | 1 {
  if (typeof a === 'number') return a < 0 ? -1 : a > 0 ? 1 : 0;
  return a.num < 0n ? -1 : 1; // a Fraction is never zero
}

export function cmp(a: Rational, b: Rational): -1 | 0 | 1 {
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : 0;
  const l = numerator(a) * denominator(b);
  const r = numerator(b) * denominator(a);
  return l < r ? -1 : l > r ? 1 : 0;
}

export function eq(a: Rational, b: Rational): boolean {
  // The canonical form is unique: a number never equals a Fraction.
  if (typeof a === 'number' || typeof b === 'number') return a === b;
  return a.num === b.num && a.den === b.den;
}

export function isZero(a: Rational): boolean {
  return a === 0;
}

export function isInteger(a: Rational): boolean {
  return typeof a === 'number' || a.den === 1n;
}

export function floor(a: Rational): Rational {
  if (typeof a === 'number') return a;
  const q = a.num / a.den; // BigInt division truncates toward zero
  return fromBigInt(a.num < 0n && q * a.den !== a.num ? q - 1n : q);
}

export function ceil(a: Rational): Rational {
  return neg(floor(neg(a)));
}

export function truncate(a: Rational): Rational {
  return typeof a === 'number' ? a : fromBigInt(a.num / a.den);
}

/** Half away from zero, the way documents round: 2.5 → 3, −2.5 → −3. */
export function roundHalfUp(a: Rational): Rational {
  if (typeof a === 'number') return a;
  const n = a.num < 0n ? -a.num : a.num;
  const r = (n * 2n + a.den) / (a.den * 2n); // non-negative: truncation is floor
  return fromBigInt(a.num < 0n ? -r : r);
}

export function toNumber(a: Rational): number {
  if (typeof a === 'number') return a;
  if (a.den === 1n) return Number(a.num);
  // Number() of a long decimal string rounds correctly, which a float division of two
  // huge Numbers would not; keep ~20 significant digits past the leading zeros.
  const n = a.num < 0n ? -a.num : a.num;
  const places = 20 + Math.max(0, a.den.toString().length - n.toString().length);
  return Number(formatRational(a, places));
}

export interface FormatOptions {
  /** Thousands separators in the integer part (default false). */
  readonly group?: boolean;
  /** How a negative is written (default '-'). */
  readonly negative?: string;
}

/**
 * Decimal text for explanations: rounded half away from zero to at most `maxDecimals`
 * places, trailing zeros dropped (`formatRational(rat(-1994, 100), 1)` → `-19.9`).
 */
export function formatRational(
  a: Rational,
  maxDecimals: number,
  options: FormatOptions = {},
): string {
  let negative: boolean;
  let intPart: string;
  let fracPart = '';
  if (typeof a === 'number') {
    // An integer has no decimals to round or drop.
    negative = a < 0;
    intPart = String(negative ? -a : a);
  } else {
    const places = Math.max(0, Math.floor(maxDecimals));
    const scaled = toBigInt(roundHalfUp(mul(a, fromBigInt(10n ** BigInt(places)))));
    negative = scaled < 0n;
    const digits = (negative ? -scaled : scaled).toString().padStart(places + 1, '0');
    intPart = digits.slice(0, digits.length - places);
    fracPart = digits.slice(digits.length - places).replace(/0+$/, '');
  }
  if (options.group) intPart = groupThousands(intPart);
  const body = fracPart ? `${intPart}.${fracPart}` : intPart;
  return negative ? `${options.negative ?? '-'}${body}` : body;
}

/** `1234567` → `1,234,567` (digits only, no sign). A loop, not a regex: linear on any length. */
export function groupThousands(digits: string): string {
  const head = digits.length % 3 || 3;
  const parts = [digits.slice(0, head)];
  for (let i = head; i < digits.length; i += 3) parts.push(digits.slice(i, i + 3));
  return parts.join(',');
}
