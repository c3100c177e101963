/**
 * When a line with no readable formula still *looks* like a calculation, the checks
 * must warn rather than drop it (DESIGN §2). These heuristics decide "looks like" and
 * say why in plain English.
 */
import type { Token } from './tokens';

const CALC_CHARS = new Set(['*', '＊', '×', '÷']);

/**
 * `*`, `×`, `÷` anywhere, a letter `x` between numbers, or (when `dangling`) an operator
 * left hanging after a number. A trailing `-` is not counted: labels use it as a dash.
 * Each of these reads `tokens[0, end)`, the line's label: no copy of it per line.
 */
export function looksLikeCalculation(tokens: readonly Token[], end: number, dangling: boolean): boolean {
  for (let i = 0; i < end; i++) if (isCalculationAt(tokens, end, i, dangling)) return true;
  return false;
}

function isCalculationAt(tokens: readonly Token[], end: number, i: number, dangling: boolean): boolean {
  const t = tokens[i];
  if (t?.kind !== 'op') return false;
  if (CALC_CHARS.has(t.text)) return true;
  const before = tokens[i - 1];
  const after = i + 1 < end ? tokens[i + 1] : undefined;
  const numBefore =
    before?.kind === 'num' ||
    (before !== undefined &&
      tokens[i - 2]?.kind === 'num' &&
      (before.kind === 'word' || before.kind === 'percent'));
  if (t.op === '*') return numBefore && (after?.kind === 'num' || after?.kind === 'open');
  return dangling && numBefore && after === undefined && (t.op === '+' || t.op === '/');
}

export function whyUnreadable(tokens: readonly Token[], end: number): string {
  const last = tokens[end - 1];
  if (last?.kind === 'op' && last.op !== '△')
    return `dangling operator "${last.text}" at the end of the calculation`;
  if (openBrackets(tokens, end) !== 0) return 'unbalanced brackets in the calculation';
  return 'the calculation could not be read';
}

/** Brackets opened and not closed; −1 when a bracket closes that never opened. */
export function openBrackets(tokens: readonly Token[], end: number): number {
  let depth = 0;
  for (let i = 0; i < end; i++) {
    const t = tokens[i] as Token;
    if (t.kind === 'open') depth++;
    else if (t.kind === 'close' && --depth < 0) return -1;
  }
  return depth;
}
