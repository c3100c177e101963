/**
 * How large a figure may be and still be a figure. A spreadsheet number holds
 * integers exactly up to 2^53 and every surface shows figures as such numbers,
 * so a figure at or beyond 2^53 in its own unit (9,007조 of it: past any budget)
 * could only be shown rounded: message and explanation would disagree. Such a
 * figure is reported as one the verifier could not check, never computed with.
 */
import type { Rational } from '../rational';

export const FIGURE_LIMIT = 2n ** 53n;

/** At or beyond FIGURE_LIMIT units of `scale` (a whole number, 1 for a figure in its own unit). */
export function isAbsurd(value: Rational, scale = 1n): boolean {
  // A safe integer (nearly every figure a book holds) is below 2^53 ≤ FIGURE_LIMIT × scale.
  if (typeof value === 'number') return false;
  const num = value.num < 0n ? -value.num : value.num;
  if (value.den === 1n) return num >= limitIn(scale);
  return num >= limitIn(scale) * value.den;
}

/** FIGURE_LIMIT in units of `scale`, kept for the last scale asked (a formula's value asks of every line). */
let lastScale = 1n;
let lastLimit = FIGURE_LIMIT;

function limitIn(scale: bigint): bigint {
  if (scale !== lastScale) {
    lastLimit = FIGURE_LIMIT * scale;
    lastScale = scale;
  }
  return lastLimit;
}
