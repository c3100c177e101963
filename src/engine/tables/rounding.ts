/**
 * How a table rounds its amounts: each basis line whose exact value is not a
 * whole unit admits some rounding modes; the table's mode is the one that
 * admits every line (half-up first, as the usual rule), else `mixed`.
 */
import { abs, ceil, div, eq, floor, isInteger, rat, roundHalfUp, type Rational } from '../rational';
import type { RoundingMode } from '../findings';
import type { RoundingPolicy } from '../options';

type Mode = 'down' | 'half-up' | 'up';
const MODES: readonly Mode[] = ['half-up', 'down', 'up'];

/** The modes that turn `exact` into `stated` (both in 원) at `step` 원 per unit; null when exact is whole. */
export function admittedModes(exact: Rational, stated: Rational, step: bigint): Set<Mode> | null {
  const q = div(abs(exact), rat(step));
  if (isInteger(q)) return null;
  const s = div(abs(stated), rat(step));
  const out = new Set<Mode>();
  if (eq(s, rat(floor(q)))) out.add('down');
  if (eq(s, rat(ceil(q)))) out.add('up');
  if (eq(s, rat(roundHalfUp(q)))) out.add('half-up');
  return out;
}

export function prevailingMode(lines: readonly (Set<Mode> | null)[]): RoundingMode {
  const rounded = lines.filter((m): m is Set<Mode> => m !== null && m.size > 0);
  if (rounded.length === 0) return 'exact';
  for (const mode of MODES) if (rounded.every((m) => m.has(mode))) return mode;
  return 'mixed';
}

/** The mode most lines admit (ties: half-up, down, up); what a strict check of a mixed table enforces. */
export function majorityMode(lines: readonly (Set<Mode> | null)[]): Mode {
  let best: Mode = 'half-up';
  let bestCount = -1;
  for (const mode of MODES) {
    const count = lines.filter((m) => m?.has(mode)).length;
    if (count > bestCount) {
      best = mode;
      bestCount = count;
    }
  }
  return best;
}

/** What a product line must satisfy under the policy, and how to propose a figure. */
export function lineModes(
  policy: RoundingPolicy,
  table: RoundingMode,
  majority: Mode,
): { mode: 'any' | Mode; propose: Mode } {
  const propose: Mode = table === 'down' || table === 'up' || table === 'half-up' ? table : majority;
  if (policy === 'any') return { mode: 'any', propose };
  if (policy === 'table') return { mode: table === 'exact' ? 'any' : propose, propose };
  return { mode: policy, propose: policy };
}
