/** Solving one identity for one of its inputs: shared by the single and the pair culprit search. */
import { div, eq, isInteger, mul, rat, sub, type Rational } from '../rational';
import { linearValue } from '../rules/linear';
import type { Derivation, Figure, LinearDerivation } from './ledger';

export function feeds(x: Figure, d: Derivation): boolean {
  if (d.kind === 'linear') return d.terms.some((t) => t.fig === x);
  if (d.kind === 'rate') return d.before === x || d.after === x;
  if (d.kind === 'ratio') return d.part === x || d.whole === x;
  return false;
}

/** target = a + b·x is linear in x; solve for the x that makes the target hold (stated values unless told). */
export function solveFor(d: LinearDerivation, x: Figure, valueOf: (f: Figure) => Rational | null = (f) => f.stated): Rational | null {
  const target = valueOf(d.target);
  if (target === null) return null;
  const at = (v: Rational) => linearValue(d, (f) => (f === x ? v : valueOf(f)));
  const a = at(rat(0));
  const a1 = at(rat(1));
  if (a === null || a1 === null) return null;
  const b = sub(a1, a);
  if (eq(b, rat(0))) return null;
  const value = div(sub(target, a), b);
  // Only whole amounts in the figure's own unit are plausible typos.
  const inUnit = div(value, rat(x.scale));
  return isInteger(inUnit) ? mul(inUnit, rat(x.scale)) : null;
}
