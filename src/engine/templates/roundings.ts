/** Exact rounding of a template's result, the way Excel's ROUNDDOWN / ROUND / ROUNDUP do it. */
import { abs, ceil, floor, mul, neg, rat, roundHalfUp, sign, toNumber, type Rational } from '../rational';
import type { RoundingMode } from '../findings';
import type { Rounding } from './sites';

/** To `decimals` places: down toward zero, half away from zero, up away from zero. */
export function roundExcel(value: Rational, mode: Rounding, decimals = 0): number {
  const scale = rat(10n ** BigInt(decimals));
  const scaled = mul(value, scale);
  const a = abs(scaled);
  const magnitude = mode === 'down' ? floor(a) : mode === 'up' ? ceil(a) : roundHalfUp(a);
  const signed = sign(scaled) < 0 ? neg(magnitude) : magnitude;
  return toNumber(signed) / 10 ** decimals;
}

/** The table's prevailing way of rounding, or truncation (the national budget rule) when it shows none. */
export function defaultRounding(mode: RoundingMode): Rounding {
  return mode === 'down' || mode === 'half-up' || mode === 'up' ? mode : 'down';
}
