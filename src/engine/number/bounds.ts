/**
 * How large a figure may be and still be a figure. A spreadsheet number holds
 * integers exactly up to 2^53 and every surface shows figures as such numbers,
 * so a figure at or beyond 2^53 in its own unit (9,007조 of it: past any budget)
 * could only be shown rounded: message and explanation would disagree. Such a
 * figure is reported as one the verifier could not check, never computed with.
 */
import type { Rational } from '../rational';

export const FIGURE_LIMIT = 2n ** 53n;

/** At or beyond FIGURE_LIMIT units of `scale` (1 for a figure in its own unit). */
export function isAbsurd(value: Rational, scale = 1n): boolean {
  const num = value.num < 0n ? -value.num : value.num;
  // A whole figure in its own unit (nearly every one a book holds): no product to build.
  if (value.den === 1n && scale === 1n) return num >= FIGURE_LIMIT;
  return num >= FIGURE_LIMIT * scale * value.den;
}
