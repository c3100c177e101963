/**
 * Finding the formula in a line: the leftmost start from which everything up to `=`
 * parses as one expression that is a calculation (an operator, or a money factor).
 */
import { scanFigure } from '../number';
import type { Rational } from '../rational';
import { evaluate, hasOperator } from './evaluate';
import { DIFFERENCE_WORDS, parseExpression, type Expr } from './expr';
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

/** Beyond this many tokens an expression is not a budget formula; the cap keeps parsing linear. */
const MAX_FORMULA_TOKENS = 200;

export type Found = { formula: Formula } | { error: string; formula: Formula };

/** The leftmost start from which `tokens[.., end)` is one expression that is a formula. */
export function findFormula(s: string, tokens: readonly Token[], end: number): Found | null {
  const from = Math.max(0, end - MAX_FORMULA_TOKENS);
  // First starts at a token boundary; then, for `운영비1,000원*3`, numbers glued to a word.
  for (const glued of [false, true]) {
    for (let i = from; i < end; i++) {
      if (!isStart(tokens, i, glued)) continue;
      const expr = parseExpression(tokens, i, end);
      if (!expr) continue;
      const result = formulaOf(s, tokens, expr, i, end);
      if (result) return result;
    }
  }
  return null;
}

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
  const formula: Formula = {
    text: s.slice(start, stop),
    start,
    end: stop,
    expr,
    hasMoney: expr.money,
    value: value ?? { num: 0n, den: 1n },
  };
  return value ? { formula } : { formula, error: 'division by zero in the calculation' };
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
