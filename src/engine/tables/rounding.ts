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
  if (eq(s, floor(q))) out.add('down');
  if (eq(s, ceil(q))) out.add('up');
  if (eq(s, roundHalfUp(q))) out.add('half-up');
  return out;
}

/**
 * Counts, line by line, which modes each rounded line admits: what `prevailing` and
 * `majority` decide from. Keeps three counters, not a set per line: a book has
 * hundreds of thousands of lines.
 */
export class RoundingTally {
  private readonly counts = [0, 0, 0]; // by MODES
  private rounded = 0;

  /** One line: its exact value and stated figure in 원, at `step` 원 per unit. */
  add(exact: Rational, stated: Rational, step: bigint): void {
    const modes = typeof exact === 'number' && typeof stated === 'number' ? wholeModes(exact, stated, Number(step)) : setBits(admittedModes(exact, stated, step));
    if (modes === null) return;
    if (modes !== 0) this.rounded++;
    for (let i = 0; i < MODES.length; i++) if (modes & (1 << i)) (this.counts[i] as number)++;
  }

  /** The mode every rounded line admits (half-up first), `exact` when none is rounded, else `mixed`. */
  prevailing(): RoundingMode {
    if (this.rounded === 0) return 'exact';
    const i = this.counts.findIndex((n) => n === this.rounded);
    return i < 0 ? 'mixed' : (MODES[i] as Mode);
  }

  /** The mode most lines admit (ties: half-up, down, up); what a strict check of a mixed table enforces. */
  majority(): Mode {
    let best = 0;
    for (let i = 1; i < MODES.length; i++) if ((this.counts[i] as number) > (this.counts[best] as number)) best = i;
    return MODES[best] as Mode;
  }
}

/**
 * `admittedModes` for safe-integer 원 figures, in double arithmetic: a bit per MODES entry,
 * null when exact is whole. `up` may pass 2^53 and round, but then it is above every
 * safe `s` either way, as the exact value would be.
 */
function wholeModes(exact: number, stated: number, step: number): number | null {
  const e = exact < 0 ? -exact : exact;
  const s = stated < 0 ? -stated : stated;
  const rest = e % step;
  if (rest === 0) return null;
  const down = e - rest;
  const up = down + step;
  const halfUp = 2 * rest >= step ? up : down;
  return (s === halfUp ? 1 : 0) | (s === down ? 2 : 0) | (s === up ? 4 : 0);
}

function setBits(modes: Set<Mode> | null): number | null {
  if (modes === null) return null;
  let bits = 0;
  MODES.forEach((m, i) => {
    if (modes.has(m)) bits |= 1 << i;
  });
  return bits;
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
