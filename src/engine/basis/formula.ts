/**
 * Finding the formula in a line: the leftmost start from which everything up to `=`
 * parses as one expression that is a calculation (an operator, or a money factor).
 */
import { isAbsurd, LARGEST_MONEY_SCALE, scanFigure } from '../number';
import { ZERO, type Rational } from '../rational';
import { evaluate, hasOperator, someLeaf } from './evaluate';
import { attemptExpression, DIFFERENCE_WORDS, type Expr, type NumberLeaf } from './expr';
import type { Token } from './tokens';

export interface Formula {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly expr: Expr;
  /** Some factor carries a money unit. */
  readonly hasMoney: boolean;
  /** The exact value in 원 (what `evaluateFormula` returns). */
  readonly value: Rational;
}

/** A line whose formula is found, or why it cannot be read (with the formula when one was found). */
export type Found = { formula: Formula } | { error: string; formula?: Formula };

/**
 * Tokens the search for a formula may look at, per token of the line: a chain of
 * any length is found in one attempt, and a label full of numbers costs a few
 * short ones, but a line built so that every start parses far and fails (each
 * attempt linear, their sum quadratic) stops here and is reported unreadable.
 */
const WORK_PER_TOKEN = 4;
const WORK_FLOOR = 4096;

/** The leftmost start from which `tokens[.., end)` is one expression that is a formula. */
export function findFormula(s: string, tokens: readonly Token[], end: number): Found | null {
  let work = WORK_PER_TOKEN * end + WORK_FLOOR;
  // First starts at a token boundary; then, for `운영비1,000원*3`, numbers glued to a word.
  for (let pass = 0; pass < 2; pass++) {
    const glued = pass === 1;
    for (let i = 0; i < end; i++) {
      if (!isStart(tokens, i, glued)) continue;
      const { expr, cost } = attemptExpression(s, tokens, i, end);
      work -= cost;
      if (expr) {
        const result = formulaOf(s, tokens, expr, i, end);
        if (result) return result;
      }
      if (work < 0) return { error: 'the calculation is too long to read' };
    }
  }
  return null;
}

/** A formula's value past what any unit can state (bounds.ts, in the largest unit) is not checked. */
const ABSURD_WON = LARGEST_MONEY_SCALE;

const isAbsurdLeaf = (leaf: NumberLeaf): boolean => isAbsurd(leaf.value);

export function formulaOf(
  s: string,
  tokens: readonly Token[],
  expr: Expr,
  first: number,
  end: number,
): Found | null {
  const isFormula = hasOperator(expr) || expr.money;
  if (!isFormula) return null;
  const start = tokens[first]?.start ?? 0;
  const stop = tokens[end - 1]?.end ?? s.length;
  const value = evaluate(expr);
  const absurd = value !== null && (isAbsurd(value, ABSURD_WON) || someLeaf(expr, isAbsurdLeaf));
  const formula: Formula = {
    text: s.slice(start, stop),
    start,
    end: stop,
    expr,
    hasMoney: expr.money,
    value: value ?? ZERO,
  };
  if (absurd) return { formula, error: 'a number in the calculation is too large to check' };
  return value !== null ? { formula } : { formula, error: 'division by zero in the calculation' };
}

function isWordLike(t: Token | undefined): boolean {
  return t?.kind === 'word' || t?.kind === 'num';
}

function isStart(tokens: readonly Token[], i: number, glued: boolean): boolean {
  const t = tokens[i];
  if (!t) return false;
  const boundary = t.spaceBefore || !isWordLike(tokens[i - 1]);
  if (glued) return t.kind === 'num' && !boundary;
  const next = tokens[i + 1];
  switch (t.kind) {
    case 'num':
      return boundary;
    case 'open':
      return true;
    case 'op':
      // `△740천원`; a `-` only when glued to its number (`- 지원` is a label dash).
      return (
        t.op === '△' || (t.op === '-' && boundary && next?.kind === 'num' && !next.spaceBefore)
      );
    case 'word':
      return boundary && DIFFERENCE_WORDS.has(t.text);
    default:
      return false;
  }
}

export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  const i = tokens.findIndex((t) => t.start >= offset);
  return i < 0 ? tokens.length : i;
}

export function isWholeFigure(
  s: string,
  tokens: readonly Token[],
  first: number,
  end: number,
): boolean {
  const start = tokens[first]?.start ?? s.length;
  const stop = tokens[end - 1]?.end ?? start;
  const f = scanFigure(s.slice(0, stop), start);
  return f !== null && f.end === stop;
}
