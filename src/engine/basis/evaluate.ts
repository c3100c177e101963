/** The value of a formula in 원, exactly. */
import { MONEY_SCALE } from '../number';
import { add, div, isZero, mul, neg, sub, type Rational } from '../rational';
import type { Expr } from './expr';

const HUNDRED: Rational = { num: 100n, den: 1n };

/** The value in 원, or null on division by zero. Bare numbers and counts are in 원 (the national budget rule). */
export function evaluate(e: Expr): Rational | null {
  switch (e.kind) {
    case 'number': {
      if (e.percent) return div(e.value, HUNDRED);
      return e.unit ? mul(e.value, { num: MONEY_SCALE[e.unit], den: 1n }) : e.value;
    }
    case 'neg': {
      const v = evaluate(e.operand);
      return v && neg(v);
    }
    case 'group':
      return evaluate(e.inner);
    case 'binary': {
      const l = evaluate(e.left);
      const r = evaluate(e.right);
      if (!l || !r) return null;
      if (e.op === '+') return add(l, r);
      if (e.op === '-') return sub(l, r);
      if (e.op === '*') return mul(l, r);
      return isZero(r) ? null : div(l, r);
    }
  }
}

/** Has the expression at least one binary operator? */
export function hasOperator(e: Expr): boolean {
  if (e.kind === 'binary') return true;
  if (e.kind === 'neg') return hasOperator(e.operand);
  if (e.kind === 'group') return hasOperator(e.inner);
  return false;
}
