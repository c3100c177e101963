/**
 * A formula written back the way a reviewer checks it by eye:
 * `1,000,000원 × 15건 × 4분기 = 60,000,000원`.
 */
import { scanDigits, type Digits } from '../number';
import { formatRational, groupThousands, type Rational } from '../rational';
import { leftSpine, type Operand } from './evaluate';
import type { Expr } from './expr';

const SYMBOL = { '+': '+', '-': '−', '*': '×', '/': '÷' } as const;

/** Where a formula stands in its line: its numbers' offsets are the line's. */
interface Written {
  readonly text: string;
  readonly start: number;
}

export function renderExpr(e: Expr, formula: Written): string {
  // A chain is rendered along its spine in a loop (evaluate.ts): any length, no deep recursion.
  const { first, steps } = leftSpine(e);
  let text = renderOperand(first, formula);
  for (const step of steps) text += ` ${SYMBOL[step.op]} ${renderExpr(step.right, formula)}`;
  return text;
}

function renderOperand(e: Operand, formula: Written): string {
  switch (e.kind) {
    case 'number': {
      const prefix = e.prefix ? `${e.prefix}${e.prefixSpaced ? ' ' : ''}` : '';
      const { exponent } = e.written;
      const power = exponent ? `e${exponent}` : '';
      const { intPart, fracPart } = scanDigits(formula.text, e.written.start - formula.start) as Digits;
      const digits = groupThousands(intPart) + (fracPart ? `.${fracPart}` : '') + power;
      const suffix = e.percent ? '%' : (e.unit ?? e.counter ?? '');
      return `${prefix}${digits}${suffix}${e.per ?? ''}`;
    }
    case 'neg':
      return `△${renderExpr(e.operand, formula)}`;
    case 'group':
      return `${e.prefix ? `${e.prefix} ` : ''}${e.open === '［' ? '[' : e.open === '（' ? '(' : e.open}${renderExpr(e.inner, formula)}${e.close === '］' ? ']' : e.close === '）' ? ')' : e.close}`;
  }
}

/** An amount in 원: grouped, △ for negatives, up to three decimals when not whole. */
export function formatWon(value: Rational): string {
  return `${formatRational(value, 3, { group: true, negative: '△' })}원`;
}
