/**
 * Whether a correction looks like a typing slip: the stated figure is the right one with its
 * sign dropped, one digit typed wrong, or two neighbouring digits swapped (`4,264,587,840`
 * typed `4,264,578,840`). Used only to choose between repairs that arithmetic alone leaves
 * equally small (repair.ts): two wrong figures under two sums can always be traded for two
 * others, but a document's slips are typing slips.
 */
import { abs, div, isInteger, mul, rat, toBigInt, type Rational } from '../rational';
import type { Figure } from './ledger';

export function typoShaped(figure: Figure, value: Rational): boolean {
  if (figure.stated === null) return false;
  const shown = digitsOf(figure, figure.stated);
  const right = digitsOf(figure, value);
  if (shown === null || right === null) return false;
  if (shown === right) return true; // only the sign differs
  if (shown.length !== right.length) return false;
  const differ: number[] = [];
  for (let i = 0; i < shown.length; i++) if (shown[i] !== right[i]) differ.push(i);
  if (differ.length === 1) return true;
  const [i, j] = differ;
  return differ.length === 2 && i !== undefined && j === i + 1 && shown[i] === right[j] && shown[j] === right[i];
}

/** The digits the cell shows for a value (its unit, its decimals), without sign; null if not whole there. */
function digitsOf(figure: Figure, value: Rational): string | null {
  const shown = mul(div(abs(value), rat(figure.scale)), rat(10n ** BigInt(figure.like?.decimals ?? 0)));
  return isInteger(shown) ? toBigInt(shown).toString() : null;
}
