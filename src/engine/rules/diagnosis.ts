/**
 * Words for how a finding was diagnosed, whatever its rule: an input pinned by the
 * culprit search, a confirmed total whose parts are suspect, an error carried from
 * another cell. And the culprit's explanation, written out from the identity that pins it.
 */
import { formatAmount } from '../format';
import type { Rational } from '../rational';
import type { Figure, LinearDerivation } from '../checks/ledger';
import type { Words } from './rule';

export const DIAGNOSIS_WORDS = {
  culprit: {
    ko: '이 금액이 {expected}{unit}이면 관련된 합계와 증감이 모두 맞습니다. 적힌 금액은 {actual}{unit}입니다.',
    en: 'With {expected} {unit} here every related total and change agrees; the cell states {actual} {unit}.',
  },
  suspects: {
    ko: '구성 금액을 더하면 {sum}{unit}인데 적힌 금액은 {actual}{unit}입니다. 이 금액은 다른 식과 맞으므로 {suspects} 중 하나가 틀렸을 가능성이 큽니다.',
    en: 'The parts add up to {sum} {unit}, but the cell states {actual} {unit}, which other figures confirm: one of {suspects} is probably wrong.',
  },
  carried: {
    ko: ' ({cause}의 오류가 이어진 것입니다)',
    en: ' (carried from {cause})',
  },
} as const satisfies Record<string, Words>;

/**
 * `531,200 = 534,200 − 3,000`: the input written out from the identity that pins it.
 * For an input subtracted in the identity (a prior-year amount in 증감 = B − A) the
 * other terms come first: `4,900 = 4,937 − 37`.
 */
export function explainSolved(
  via: LinearDerivation,
  x: Figure,
  value: Rational | null,
  valueOf: (f: Figure) => Rational | null = (f) => f.stated,
): string {
  // The other figures as the pinning took them: stated, or corrected where a repair in
  // sequence corrected them too (checks/repair.ts).
  const shown = (f: Figure) => {
    const v = valueOf(f);
    return v === null ? f.label : formatAmount(v, x.scale);
  };
  const parts = via.terms.filter((t) => t.fig !== x);
  const target = shown(via.target);
  let head: string;
  if (via.terms.find((t) => t.fig === x)?.coef === -1) {
    // x = Σ coef·others − target
    const others = parts.map((t, i) => `${t.coef === -1 ? (i === 0 ? '−' : ' − ') : i === 0 ? '' : ' + '}${shown(t.fig)}`).join('');
    head = others ? `${others} − ${target}` : `−${target}`;
  } else {
    // x = target − Σ coef·others
    head = target + parts.map((t) => `${t.coef === 1 ? ' − ' : ' + '}${shown(t.fig)}`).join('');
  }
  return `${value === null ? '?' : formatAmount(value, x.scale)} = ${head}`;
}
