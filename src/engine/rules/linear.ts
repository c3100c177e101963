/**
 * The identity of every sum-like rule (subtotal, total, change, funding, cross-total,
 * budget-current, execution-balance): target = Σ coef · term. Its value and its
 * explanation in the document's figures (`280,000 = 60,000 + 90,000 + 130,000`).
 */
import { abs, add, cmp, div, eq, mul, rat, roundHalfUp, sub, ZERO, type Rational } from '../rational';
import { formatAmount } from '../format';
import type { Figure, LinearDerivation, Term } from '../checks/ledger';

export function linearValue(d: LinearDerivation, valueOf: (f: Figure) => Rational | null): Rational | null {
  // An indexed loop: it runs once per derivation of a book, and for-of left an
  // iterator result per step to the garbage collector.
  let sum = ZERO;
  for (let i = 0; i < d.terms.length; i++) {
    const t = d.terms[i] as Term;
    const v = valueOf(t.fig);
    if (v === null) return null;
    sum = t.coef === 1 ? add(sum, v) : sub(sum, v);
  }
  return sum;
}

/**
 * The figure the target should state: the sum, or with a band (parts rounded, or finer than
 * the target: lines in 원 under a figure in 천원) the sum rounded half up to the last digit
 * the target shows, what a figure written that way can state.
 */
export function linearExpected(d: LinearDerivation, sum: Rational): Rational {
  if (d.band === undefined) return sum;
  // The last digit the target shows: its unit, or a tenth of it for `12.3조원`.
  const digit = div(rat(d.target.scale), rat(10n ** BigInt(d.target.like?.decimals ?? 0)));
  return mul(roundHalfUp(div(sum, digit)), digit);
}

/** Whether a stated target agrees with its sum: exactly, or within the identity's band (a 백만원 table). */
export function linearAgrees(d: LinearDerivation, stated: Rational, sum: Rational, slack: Rational = ZERO): boolean {
  if (d.band === undefined) return eq(stated, sum);
  return cmp(abs(sub(stated, sum)), add(d.band, slack)) <= 0;
}

/** `4,350 = 1,800 + 2,550`. */
export function explainLinear(d: LinearDerivation, expected: Rational | null, valueOf: (f: Figure) => Rational | null): string {
  const sum = linearValue(d, valueOf);
  if (d.band !== undefined && expected !== null && sum !== null && !eq(sum, expected)) {
    return `${termsText(d, valueOf)} = ${formatAmount(sum, d.target.scale)} → ${formatAmount(expected, d.target.scale)}`;
  }
  return `${expected === null ? '?' : formatAmount(expected, d.target.scale)} = ${termsText(d, valueOf)}`;
}

/** `1,800 + 2,550 = 4,350 ≠ 4,450`: the parts, when the target is confirmed elsewhere and a part is suspect. */
export function explainSuspect(d: LinearDerivation, valueOf: (f: Figure) => Rational | null): string {
  const stated = d.target.stated === null ? '?' : formatAmount(d.target.stated, d.target.scale);
  return `${termsText(d, valueOf)} = ${sumText(d, valueOf)} ≠ ${stated}`;
}

export function sumText(d: LinearDerivation, valueOf: (f: Figure) => Rational | null): string {
  const sum = linearValue(d, valueOf);
  return sum === null ? '?' : formatAmount(sum, d.target.scale);
}

function termsText(d: LinearDerivation, valueOf: (f: Figure) => Rational | null): string {
  return d.terms
    .map((t, i) => {
      const v = valueOf(t.fig);
      const shown = v === null ? t.fig.label : formatAmount(v, d.target.scale);
      const label = t.fig.cell ? '' : ` (${t.fig.label})`;
      const sign = i === 0 ? (t.coef === -1 ? '− ' : '') : t.coef === 1 ? ' + ' : ' − ';
      return `${sign}${shown}${label}`;
    })
    .join('');
}
