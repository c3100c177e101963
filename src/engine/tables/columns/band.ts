/**
 * How far a sum of rounded figures may lie from its stated total (DESIGN §1.1): figures
 * shown in 백만원 and above were each rounded to their last shown digit, so n of them may
 * miss the total by half that digit each (the total's last shown digit: a misprinted
 * part such as `38.643` for 38,643 must not widen it). Below 백만원 documents add exactly.
 */
import { rat, type Rational } from '../../rational';
import { MONEY_SCALE, type MoneyUnit } from '../../number';
import type { Figure } from '../../checks/ledger';

/** `total`: the stated figure the parts add up to; its shown digits are the rounding's. */
export function roundingBand(unit: MoneyUnit, total: Figure | null, parts: number): Rational | null {
  const scale = MONEY_SCALE[unit];
  if (scale < 1_000_000n) return null;
  const decimals = total?.like?.decimals ?? 0;
  return rat(BigInt(parts) * scale, 2n * 10n ** BigInt(decimals));
}
