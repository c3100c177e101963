/** Figures in explanations and messages: grouped digits, △ for negatives, as documents write them. */
import { div, formatRational, rat, type Rational } from './rational';

export function formatAmount(value: Rational, scale: bigint, decimals = 3): string {
  return formatRational(div(value, rat(scale)), decimals, { group: true, negative: '△' });
}

/** A plain number (already in its shown unit) the same way. */
export function formatNumber(value: number): string {
  return formatRational(rat(value), 3, { group: true, negative: '△' });
}
