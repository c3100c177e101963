/** The value of a formula in 원, exactly. */
import { MONEY_SCALE } from '../number';
import { add, div, fromBigInt, isZero, mul, neg, sub, type Rational } from '../rational';
import type { BinaryExpr, Expr, NumberLeaf } from './expr';

const HUNDRED: Rational = 100;
/** Each money unit's scale as a rational, made once. */
const SCALE = Object.fromEntries(Object.entries(MONEY_SCALE).map(([unit, scale]) => [unit, fromBigInt(scale)])) as Readonly<
  Record<keyof typeof MONEY_SCALE, Rational>
>;

/**
 * A chain `a − b − c − …` parses as a left-leaning spine as long as the line: its
 * operators from the innermost out, walked in a loop so that no length overflows
 * the stack. What hangs off the spine (a right operand, a bracket) is as deep as
 * the brackets, which the parser bounds.
 */
export function leftSpine(e: Expr): { first: Operand; steps: BinaryExpr[] } {
  const steps: BinaryExpr[] = [];
  let node = e;
  while (node.kind === 'binary') {
    steps.push(node);
    node = node.left;
  }
  return { first: node, steps: steps.reverse() };
}

/** What starts a spine: anything but an operator. */
export type Operand = Exclude<Expr, BinaryExpr>;

/** The value in 원, or null on division by zero. Bare numbers and counts are in 원 (the national budget rule). */
export function evaluate(e: Expr): Rational | null {
  // Most operands are a single factor and most chains short (`단가 × 수량 × 횟수`):
  // no spine to build for them, the stack is as deep as the chain.
  if (e.kind !== 'binary') return evaluateOperand(e);
  if (isShortChain(e)) return applyStep(e, evaluate(e.left));
  const { first, steps } = leftSpine(e);
  let value = evaluateOperand(first);
  for (const step of steps) value = applyStep(step, value);
  return value;
}

const SHORT_CHAIN = 16;

function isShortChain(e: BinaryExpr): boolean {
  let n = 0;
  for (let node: Expr = e; node.kind === 'binary'; node = node.left) if (++n > SHORT_CHAIN) return false;
  return true;
}

/** `value op right`, left to right; null once anything is (a division by zero). */
function applyStep(step: BinaryExpr, value: Rational | null): Rational | null {
  const right = value === null ? null : evaluate(step.right);
  if (value === null || right === null) return null;
  if (step.op === '+') return add(value, right);
  if (step.op === '-') return sub(value, right);
  if (step.op === '*') return mul(value, right);
  return isZero(right) ? null : div(value, right);
}

function evaluateOperand(e: Operand): Rational | null {
  switch (e.kind) {
    case 'number': {
      if (e.percent) return div(e.value, HUNDRED);
      if (!e.unit) return e.value;
      const scale = SCALE[e.unit];
      // A value in 원 is its own: the product would be an equal copy.
      return scale === 1 ? e.value : mul(e.value, scale);
    }
    case 'neg': {
      const v = evaluate(e.operand);
      return v === null ? null : neg(v);
    }
    case 'group':
      return evaluate(e.inner);
  }
}

/** Has the expression at least one binary operator? */
export function hasOperator(e: Expr): boolean {
  if (e.kind === 'binary') return true;
  if (e.kind === 'neg') return hasOperator(e.operand);
  if (e.kind === 'group') return hasOperator(e.inner);
  return false;
}

/**
 * Does some number of the expression pass `test` (for bounds on its factors)? Runs
 * for every formula of a book: a walk, no list of the leaves. The left spine in a
 * loop, as in `evaluate`; what hangs off it is as deep as the parser allows.
 */
export function someLeaf(e: Expr, test: (leaf: NumberLeaf) => boolean): boolean {
  let node = e;
  while (node.kind === 'binary') {
    if (someLeaf(node.right, test)) return true;
    node = node.left;
  }
  if (node.kind === 'number') return test(node);
  return someLeaf(node.kind === 'neg' ? node.operand : node.inner, test);
}
