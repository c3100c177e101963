/**
 * A formula written back the way a reviewer checks it by eye:
 * `1,000,000원 × 15건 × 4분기 = 60,000,000원`.
 */
import { formatRational, groupThousands, type Rational } from '../rational';
import { leftSpine, type Operand } from './evaluate';
import type { Expr } from './expr';

const SYMBOL = { '+': '+', '-': '−', '*': '×', '/': '÷' } as const;

export function renderExpr(e: Expr): string {
  // A chain is rendered along its spine in a loop (evaluate.ts): any length, no deep recursion.
  const { first, steps } = leftSpine(e);
  let text = renderOperand(first);
  for (const step of steps) text += ` ${SYMBOL[step.op]} ${renderExpr(step.right)}`;
  return text;
}

function renderOperand(e: Operand): string {
  switch (e.kind) {
    case 'number': {
      const prefix = e.prefix ? `${e.prefix}${e.prefixSpaced ? ' ' : ''}` : '';
      const power = e.exponent ? `e${e.exponent}` : '';
      const digits = groupThousands(e.intPart) + (e.fracPart ? `.${e.fracPart}` : '') + power;
      const suffix = e.percent ? '%' : (e.unit ?? e.counter ?? '');
      return `${prefix}${digits}${suffix}${e.per ?? ''}`;
    }
    case 'neg':
      return `△${renderExpr(e.operand)}`;
    case 'group':
      return `${e.prefix ? `${e.prefix} ` : ''}${e.open === '［' ? '[' : e.open === '（' ? '(' : e.open}${renderExpr(e.inner)}${e.close === '］' ? ']' : e.close === '）' ? ')' : e.close}`;
  }
}

/** An amount in 원: grouped, △ for negatives, up to three decimals when not whole. */
export function formatWon(value: Rational): string {
  return `${formatRational(value, 3, { group: true, negative: '△' })}원`;
}
