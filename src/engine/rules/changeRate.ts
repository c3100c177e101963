/**
 * 증감률: (B − A) × 100 / A, rounded half away from zero to the precision the cell
 * shows (the seed shows whole percents: −19.94 → △20). A stated rate agrees when
 * it is the rate of amounts each within one unit of the stated ones, since those
 * were rounded too. With A = 0 the documents write a word (`순증`, `신규`, `-`).
 * This file is the one home of the formula, its precision and its words.
 */
import { add, cmp, div, eq, isZero, mul, rat, roundHalfUp, sub, type Rational } from '../rational';
import { formatAmount } from '../format';
import type { Figure, RateDerivation } from '../checks/ledger';
import type { Rule } from './rule';

export const changeRate = {
  id: 'change-rate',
  label: { ko: '증감률', en: 'Change rate' },
  message: {
    ko: '증감률 계산 결과는 {expected}%이고, 적힌 값은 {actual}%입니다.',
    en: 'The change rate should be {expected}%, but the cell states {actual}%.',
  },
  variants: {
    'rate-word': {
      ko: "전년도 금액이 0이 아니므로 증감률은 '{word}'이 아니라 {expected}%여야 합니다.",
      en: "The earlier amount is not 0, so the rate should be {expected}%, not '{word}'.",
    },
    'rate-base-zero': {
      ko: "전년도 금액이 0이므로 증감률은 숫자가 아니라 '순증'(또는 '신규', '-')으로 적어야 합니다.",
      en: "The earlier amount is 0, so the rate should read '순증' (new), not a number.",
    },
  },
} satisfies Rule<'change-rate'>;

/** Decimals of a rate column that shows none of its own (only words, or no rows yet). */
export const DEFAULT_RATE_DECIMALS = 1;

/** The precision of a rate column: the most decimals any of its rates shows. */
export function ratePrecision(shown: readonly (number | undefined)[]): number {
  let most: number | null = null;
  for (const d of shown) if (d !== undefined) most = Math.max(most ?? 0, d);
  return most ?? DEFAULT_RATE_DECIMALS;
}

/** (B − A) × 100 / A exactly; null when A is 0 (no rate: a word). */
export function rateOf(before: Rational, after: Rational): Rational | null {
  if (isZero(before)) return null;
  return div(mul(sub(after, before), rat(100)), before);
}

/** A rate rounded half away from zero to `decimals` places. */
export function roundRate(rate: Rational, decimals: number): Rational {
  const precision = rat(10n ** BigInt(decimals));
  return div(roundHalfUp(mul(rate, precision)), precision);
}

/** The rate as the formula gives it, at `decimals` places; null when A is 0. */
export function changeRateValue(before: Rational, after: Rational, decimals: number): Rational | null {
  const exact = rateOf(before, after);
  return exact === null ? null : roundRate(exact, decimals);
}

/** The Excel formula of the rate, with the documents' words where A is 0 (no #DIV/0!). */
export function rateFormula(a: string, b: string, decimals: number): string {
  return `IF(${a}=0,IF(${b}=0,"-","순증"),ROUND((${b}-${a})*100/${a},${decimals}))`;
}

export interface RateOutcome {
  readonly agrees: boolean;
  /** Null when A is 0: the cell should hold a word, not a number. */
  readonly expected: Rational | null;
}

/**
 * A stated rate against amounts `before` and `after` (in 원): it agrees when it is
 * the rounded rate of some amounts each within one shown unit of the stated ones.
 */
export function rateOutcome(d: RateDerivation, stated: Rational, before: Rational, after: Rational): RateOutcome {
  const unit = rat(d.before.scale);
  const a = div(before, unit);
  const b = div(after, unit);
  const exact = rateOf(a, b);
  if (exact === null) return { agrees: false, expected: null };
  const expected = roundRate(exact, d.decimals);
  if (eq(stated, expected)) return { agrees: true, expected };
  const one = rat(1);
  let lo = exact;
  let hi = exact;
  for (const [da, db] of [[-1, -1], [-1, 1], [1, -1], [1, 1]] as const) {
    const r = rateOf(da < 0 ? sub(a, one) : add(a, one), db < 0 ? sub(b, one) : add(b, one));
    if (r === null) continue;
    if (cmp(r, lo) < 0) lo = r;
    if (cmp(r, hi) > 0) hi = r;
  }
  const agrees = cmp(roundRate(lo, d.decimals), stated) <= 0 && cmp(stated, roundRate(hi, d.decimals)) <= 0;
  return { agrees, expected };
}

/** Words a discontinued item (B = 0) is written with as often as −100. */
const DISCONTINUED = /^(순감|皆減|폐지|-|－|–)$/;

/**
 * A word (`순증`, `-`) in the rate cell: right when A is 0, or when B is 0 and the word
 * says discontinued; otherwise the rate that is due.
 */
export function wordRateOutcome(d: RateDerivation, before: Rational, after: Rational): 'agrees' | Rational {
  if (isZero(before)) return 'agrees';
  if (isZero(after) && DISCONTINUED.test((d.target.word ?? '').trim())) return 'agrees';
  return changeRateValue(before, after, d.decimals) as Rational;
}

/** `(427,660 − 534,200) × 100 / 534,200 = −19.944 → △20`. */
export function explainRate(d: RateDerivation, expected: Rational | null, valueOf: (f: Figure) => Rational | null): string {
  const a = valueOf(d.before);
  const b = valueOf(d.after);
  if (a === null || b === null) return '';
  const plain = (v: Rational, scale: bigint, decimals = 3) => formatAmount(v, scale, decimals).replace('△', '−');
  const A = plain(a, d.before.scale);
  const B = plain(b, d.after.scale);
  const exact = rateOf(a, b);
  if (expected === null || exact === null) return `A = ${A} → 순증`;
  return `(${B} − ${A}) × 100 / ${A} = ${plain(exact, 1n, Math.max(2, d.decimals + 1))} → ${fixed(formatAmount(expected, 1n, d.decimals), d.decimals)}`;
}

/** A rate as the document shows it: always its number of decimals (`40.0`). */
function fixed(text: string, decimals: number): string {
  if (decimals === 0) return text;
  const [whole, fraction = ''] = text.split('.');
  return `${whole}.${fraction.padEnd(decimals, '0')}`;
}
