/**
 * 산출식: a calculation-basis line's stated amount against the exact value of its
 * formula (DESIGN §2). Documents round 원 to 천원 every way — truncation, half-up,
 * up — so the tolerance is one unit of the stated figure, and none when the exact
 * value is already whole. This file is the one home of that tolerance.
 */
import { ceil, cmp, div, eq, floor, isInteger, mul, rat, roundHalfUp, truncate, type Rational } from '../rational';
import { MONEY_SCALE } from '../number';
import { formatAmount } from '../format';
import type { Figure, ProductDerivation } from '../checks/ledger';
import type { Rule } from './rule';

export const product: Rule<'product'> = {
  id: 'product',
  label: { ko: '산출식', en: 'Calculation' },
  message: {
    ko: '산출식 계산 결과는 {expected}{unit}이고, 적힌 금액은 {actual}{unit}입니다.',
    en: 'The calculation gives {expected} {unit}, but the cell states {actual} {unit}.',
  },
};

export type RoundingWay = 'down' | 'half-up' | 'up';

/**
 * 원 per unit of the stated figure: the tolerance of a line. A 원 figure that is a
 * whole thousand was rounded to 천원 (`4,000원` for 3,999원), so its unit is 1,000원.
 * With no stated figure (a line that only computes) the 천원 of the budget rule.
 */
export function productStep(amount: Figure | null): bigint {
  if (!amount || amount.stated === null || amount.unit === '%') return 1000n;
  if (amount.unit !== '원') return MONEY_SCALE[amount.unit];
  const s = amount.stated;
  const thousands = typeof s === 'number' ? s !== 0 && s % 1000 === 0 : s.den === 1n && s.num % 1000n === 0n;
  return thousands ? 1000n : 1n;
}

/** Rounds q to an integer the way the document rounds (negatives mirror positives). */
function roundBy(q: Rational, mode: RoundingWay): Rational {
  if (mode === 'down') return truncate(q);
  if (mode === 'half-up') return roundHalfUp(q);
  return cmp(q, rat(0)) >= 0 ? ceil(q) : floor(q);
}

export interface ProductOutcome {
  readonly agrees: boolean;
  readonly expected: Rational;
}

/** Whether the stated amount (in 원) is the formula's value as the line may round it, and the figure to propose. */
export function productOutcome(d: ProductDerivation, stated: Rational): ProductOutcome {
  if (typeof d.exact === 'number' && typeof stated === 'number') {
    const whole = wholeProductOutcome(d, d.exact, stated);
    if (whole) return whole;
  }
  const decimals = d.target.like?.decimals ?? 0;
  if (decimals > 0) return shownOutcome(d, stated, decimals);
  const step = rat(d.step);
  const q = div(d.exact, step);
  const propose = mul(roundBy(q, d.proposeMode), step);
  if (isInteger(q)) return { agrees: eq(stated, d.exact), expected: d.exact };
  if (d.mode === 'any') {
    const ok = eq(stated, mul(floor(q), step)) || eq(stated, mul(ceil(q), step));
    return { agrees: ok, expected: propose };
  }
  const required = mul(roundBy(q, d.mode), step);
  return { agrees: eq(stated, required), expected: required };
}

/**
 * A figure shown with decimals (`7.6원`, `1.5천원`) states the value to the last digit it
 * shows: it agrees when it is the exact value rounded either way at that digit.
 */
function shownOutcome(d: ProductDerivation, stated: Rational, decimals: number): ProductOutcome {
  const digit = div(rat(d.target.scale), rat(10n ** BigInt(decimals)));
  const q = div(d.exact, digit);
  if (isInteger(q)) return { agrees: eq(stated, d.exact), expected: d.exact };
  if (d.mode !== 'any') {
    const required = mul(roundBy(q, d.mode), digit);
    return { agrees: eq(stated, required), expected: required };
  }
  const ok = eq(stated, mul(floor(q), digit)) || eq(stated, mul(ceil(q), digit));
  return { agrees: ok, expected: mul(roundBy(q, d.proposeMode), digit) };
}

/**
 * `productOutcome` for a safe-integer exact value and stated figure (nearly every line of
 * a book), in double arithmetic on the magnitude: exact while every value is a safe
 * integer, and no rationals built per line. Null when rounding up would leave the safe
 * range (the general path then takes the line). Every mode mirrors negatives, so the
 * sign is put back at the end.
 */
function wholeProductOutcome(d: ProductDerivation, exact: number, stated: number): ProductOutcome | null {
  const step = Number(d.step); // at most a 조: exact as a double
  const negative = exact < 0;
  const size = negative ? -exact : exact;
  const rest = size % step;
  if (rest === 0) return { agrees: stated === exact, expected: exact };
  const down = size - rest; // toward zero
  const up = down + step; // away from zero
  if (!Number.isSafeInteger(up)) return null;
  // The two candidates with their sign back (never −0: `up` is never 0).
  const toward = negative && down !== 0 ? -down : down;
  const away = negative ? -up : up;
  const half = 2 * rest >= step ? away : toward;
  if (d.mode === 'any') return { agrees: stated === toward || stated === away, expected: roundedTo(d.proposeMode, toward, away, half) };
  const required = roundedTo(d.mode, toward, away, half);
  return { agrees: stated === required, expected: required };
}

/** The candidate a rounding mode takes: a plain function, not a closure made for every line. */
function roundedTo(mode: RoundingWay, toward: number, away: number, half: number): number {
  return mode === 'down' ? toward : mode === 'up' ? away : half;
}

/** The other whole figure within one step of the exact value, when the value is not whole. */
export function otherRounding(d: ProductDerivation, proposed: Rational): Rational | null {
  const step = rat(d.step);
  const q = div(d.exact, step);
  if (isInteger(q)) return null;
  const lo = mul(floor(q), step);
  const hi = mul(ceil(q), step);
  return eq(proposed, lo) ? hi : lo;
}

/** `1,000,000원 × 15건 × 4분기 = 60,000,000원 → 60,000천원`. */
export function explainProduct(d: ProductDerivation, expected: Rational | null): string {
  const shown = expected === null ? '?' : formatAmount(expected, d.target.scale);
  return `${d.explain} → ${shown}${d.target.unit}`;
}
