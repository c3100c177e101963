/** The value of a formula in 원, exactly. */
import { MONEY_SCALE } from '../number';
import { add, div, isZero, mul, neg, sub, type Rational } from '../rational';
import type { BinaryExpr, Expr } from './expr';

const HUNDRED: Rational = { num: 100n, den: 1n };

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
  const { first, steps } = leftSpine(e);
  let value = evaluateOperand(first);
  for (const step of steps) {
    const right = value && evaluate(step.right);
    if (!value || !right) return null;
    if (step.op === '+') value = add(value, right);
    else if (step.op === '-') value = sub(value, right);
    else if (step.op === '*') value = mul(value, right);
    else value = isZero(right) ? null : div(value, right);
  }
  return value;
}

function evaluateOperand(e: Operand): Rational | null {
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
  }
}

/** Has the expression at least one binary operator? */
export function hasOperator(e: Expr): boolean {
  if (e.kind === 'binary') return true;
  if (e.kind === 'neg') return hasOperator(e.operand);
  if (e.kind === 'group') return hasOperator(e.inner);
  return false;
}

/** Every number of the expression, in order (for bounds on its factors). */
export function* leaves(e: Expr): Generator<Extract<Expr, { kind: 'number' }>> {
  const { first, steps } = leftSpine(e);
  yield* operandLeaves(first);
  for (const step of steps) yield* leaves(step.right);
}

function* operandLeaves(e: Operand): Generator<Extract<Expr, { kind: 'number' }>> {
  if (e.kind === 'number') yield e;
  else if (e.kind === 'neg') yield* leaves(e.operand);
  else yield* leaves(e.inner);
}
