/**
 * Exact rational arithmetic on BigInt. Budget documents are integers in 원 or 천원
 * with the occasional fraction (`6/12개월`, `50%`, `x1.045`); floating point would
 * turn `264,663,000원 × 4/12 × 50%` into 44110499.99999999, so nothing here uses it
 * except `toNumber` at the edge.
 *
 * Values are always reduced with a positive denominator, so structural equality
 * (`toEqual`) is numeric equality. Misuse (division by zero, a malformed literal)
 * throws RangeError; user text never reaches `rat` unvalidated.
 */

export interface Rational {
  readonly num: bigint;
  readonly den: bigint;
}

export const ZERO: Rational = Object.freeze({ num: 0n, den: 1n });
export const ONE: Rational = Object.freeze({ num: 1n, den: 1n });

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

function make(num: bigint, den: bigint): Rational {
  if (den === 1n) return { num, den }; // integers are most of a budget: skip the gcd
  if (den === 0n) throw new RangeError('Rational with a zero denominator');
  if (den < 0n) {
    num = -num;
    den = -den;
  }
  const g = gcd(num, den);
  return g > 1n ? { num: num / g, den: den / g } : { num, den };
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
  if (Number.isInteger(n) && Number.isSafeInteger(n)) return make(BigInt(n), 1n);
  // The shortest round-trip decimal is what the user typed (0.1 stays 1/10).
  return parseDecimal(String(n));
}

function toRational(x: number | bigint | string): Rational {
  if (typeof x === 'bigint') return make(x, 1n);
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
  if (a.den === b.den) return make(a.num + b.num, a.den);
  return make(a.num * b.den + b.num * a.den, a.den * b.den);
}

export function sub(a: Rational, b: Rational): Rational {
  return add(a, neg(b));
}

export function mul(a: Rational, b: Rational): Rational {
  return make(a.num * b.num, a.den * b.den);
}

/** Throws RangeError when `b` is zero: callers check first (a zero in a document is a finding, not a crash). */
export function div(a: Rational, b: Rational): Rational {
  if (b.num === 0n) throw new RangeError('Division by zero');
  return make(a.num * b.den, a.den * b.num);
}

export function neg(a: Rational): Rational {
  return a.num === 0n ? a : { num: -a.num, den: a.den };
}

export function abs(a: Rational): Rational {
  return a.num < 0n ? neg(a) : a;
}

export function cmp(a: Rational, b: Rational): -1 | 0 | 1 {
  const l = a.num * b.den;
  const r = b.num * a.den;
  return l < r ? -1 : l > r ? 1 : 0;
}

export function eq(a: Rational, b: Rational): boolean {
  return a.num === b.num && a.den === b.den;
}

export function isZero(a: Rational): boolean {
  return a.num === 0n;
}

export function isInteger(a: Rational): boolean {
  return a.den === 1n;
}

export function floor(a: Rational): bigint {
  const q = a.num / a.den; // BigInt division truncates toward zero
  return a.num < 0n && q * a.den !== a.num ? q - 1n : q;
}

export function ceil(a: Rational): bigint {
  return -floor(neg(a));
}

export function truncate(a: Rational): bigint {
  return a.num / a.den;
}

/** Half away from zero, the way documents round: 2.5 → 3, −2.5 → −3. */
export function roundHalfUp(a: Rational): bigint {
  const twice = abs(a);
  const r = floor({ num: twice.num * 2n + twice.den, den: twice.den * 2n });
  return a.num < 0n ? -r : r;
}

export function toNumber(a: Rational): number {
  if (a.den === 1n) return Number(a.num);
  // Number() of a long decimal string rounds correctly, which a float division of two
  // huge Numbers would not; keep ~20 significant digits past the leading zeros.
  const places = 20 + Math.max(0, a.den.toString().length - abs(a).num.toString().length);
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
  const places = Math.max(0, Math.floor(maxDecimals));
  const scale = 10n ** BigInt(places);
  const scaled = roundHalfUp(mul(a, { num: scale, den: 1n }));
  const negative = scaled < 0n;
  const digits = (negative ? -scaled : scaled).toString().padStart(places + 1, '0');
  let intPart = digits.slice(0, digits.length - places);
  const fracPart = digits.slice(digits.length - places).replace(/0+$/, '');
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
