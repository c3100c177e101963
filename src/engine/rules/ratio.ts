/**
 * The identity of the ratio rules (share, execution rate, a header's division):
 * target = part ÷ whole (× 100 for a percentage), rounded half away from zero to the
 * precision shown. Part and whole were themselves rounded to their unit, so a stated
 * ratio agrees when it is the ratio of some amounts each within one unit of the stated
 * ones — the same band the change rate allows.
 */
import { add, cmp, div, eq, isZero, mul, rat, sub, type Rational } from '../rational';
import { formatAmount } from '../format';
import type { Figure, RatioDerivation } from '../checks/ledger';
import { roundRate } from './changeRate';

/** part ÷ whole (× 100), exactly; null when the whole is 0. */
export function ratioOf(part: Rational, whole: Rational, percent: boolean): Rational | null {
  if (isZero(whole)) return null;
  const r = div(part, whole);
  return percent ? mul(r, rat(100)) : r;
}

export interface RatioOutcome {
  readonly agrees: boolean;
  readonly expected: Rational | null;
}

export function ratioOutcome(d: RatioDerivation, stated: Rational, part: Rational, whole: Rational): RatioOutcome {
  const unit = rat(d.whole.scale);
  const p = div(part, unit);
  const w = div(whole, unit);
  const exact = ratioOf(p, w, d.percent);
  // A whole of 0 shows no ratio: the document writes 0 or nothing, and either is right.
  if (exact === null) return { agrees: isZero(stated), expected: null };
  const expected = roundRate(exact, d.decimals);
  if (eq(stated, expected)) return { agrees: true, expected };
  const one = rat(1);
  let lo = exact;
  let hi = exact;
  for (const [dp, dw] of [[-1, -1], [-1, 1], [1, -1], [1, 1]] as const) {
    const r = ratioOf(dp < 0 ? sub(p, one) : add(p, one), dw < 0 ? sub(w, one) : add(w, one), d.percent);
    if (r === null) continue;
    if (cmp(r, lo) < 0) lo = r;
    if (cmp(r, hi) > 0) hi = r;
  }
  const agrees = cmp(roundRate(lo, d.decimals), stated) <= 0 && cmp(stated, roundRate(hi, d.decimals)) <= 0;
  return { agrees, expected };
}

/** `2,231 × 100 / 580,000 = 0.385 → 0.4`. */
export function explainRatio(d: RatioDerivation, expected: Rational | null, valueOf: (f: Figure) => Rational | null): string {
  const part = valueOf(d.part);
  const whole = valueOf(d.whole);
  if (part === null || whole === null) return '';
  const P = formatAmount(part, d.part.scale).replace('△', '−');
  const W = formatAmount(whole, d.whole.scale).replace('△', '−');
  const exact = ratioOf(div(part, rat(d.whole.scale)), div(whole, rat(d.whole.scale)), d.percent);
  const shown = exact === null ? '?' : formatAmount(exact, 1n, Math.max(2, d.decimals + 1)).replace('△', '−');
  const result = expected === null ? '?' : formatAmount(expected, 1n, d.decimals);
  return `${P}${d.percent ? ' × 100' : ''} / ${W} = ${shown} → ${result}`;
}
