/**
 * Single-culprit search (DESIGN §3: flag the cell that holds the figure that is
 * wrong). Evaluation alone flags *derived* cells; when the real typo sits in a
 * plain input — a prior-year amount that feeds both the column total and the
 * row's change — every derived cell around it disagrees. If exactly one input,
 * set to the value that one failing identity needs, makes every identity of its
 * group agree, that input is the one finding.
 */
import { div, eq, sub, rat, mul, type Rational } from '../rational';
import { evaluate, linearValue, type Confirmations } from './evaluate';
import type { Derivation, Figure, LinearDerivation, RawFinding } from './ledger';

export interface Culprit {
  readonly figure: Figure;
  readonly expected: Rational;
  /** The identity that fixes the value (for the rule and the explanation). */
  readonly via: LinearDerivation;
}

/**
 * `culprit`: the one input to flag. `suspects`: a failing identity whose target
 * other identities confirm, with several inputs that could each be the slip —
 * the target is reported without a proposed figure, naming the suspects.
 */
export type Diagnosis =
  | { readonly kind: 'culprit'; readonly culprit: Culprit }
  | { readonly kind: 'suspects'; readonly root: RawFinding; readonly suspects: readonly Figure[] }
  | null;

export function diagnose(
  derivations: readonly Derivation[],
  findings: readonly RawFinding[],
  agreed: ReadonlySet<Derivation>,
  confirmedByStated: Confirmations,
  /** Whether overriding one input clears the failures; by default, every identity given agrees. */
  fixes: (overrides: ReadonlyMap<Figure, Rational>) => boolean = (o) => evaluate(derivations, o).length === 0,
): Diagnosis {
  const roots = findings.filter((f) => f.cause === f.derivation.target.cell);
  if (roots.length === 0) return null;
  const derivedTargets = new Set(derivations.map((d) => d.target));
  const confirmed = new Set([...agreed].map((d) => d.target));
  const failing = new Set(findings.map((f) => f.derivation));
  for (const [fig, list] of confirmedByStated) if (list.some((d) => !failing.has(d))) confirmed.add(fig);
  const found: (Culprit & { root: RawFinding })[] = [];
  const tried = new Set<Figure>();
  for (const root of roots) {
    const d = root.derivation;
    if (d.kind !== 'linear') continue;
    // A lone failing identity says nothing about which side is wrong unless its
    // target is confirmed by another identity; two or more failures pin an input.
    if (roots.length < 2 && !confirmed.has(d.target)) continue;
    for (const term of d.terms) {
      const x = term.fig;
      if (tried.has(x) || derivedTargets.has(x) || x.stated === null || !x.cell) continue;
      tried.add(x);
      const value = solveFor(d, x);
      if (value === null || eq(value, x.stated)) continue;
      if (fixes(new Map([[x, value]]))) found.push({ figure: x, expected: value, via: d, root });
    }
  }
  const only = found[0];
  if (found.length === 1 && only) return { kind: 'culprit', culprit: only };
  const root = roots[0];
  if (roots.length === 1 && root && root.derivation.kind === 'linear' && confirmed.has(root.derivation.target)) {
    // The target agrees with everything else: one of its parts is off, but not one we can pin.
    const parts = found.length ? found.map((f) => f.figure) : root.derivation.terms.map((t) => t.fig).filter((f) => f.cell);
    if (parts.length) return { kind: 'suspects', root, suspects: parts };
  }
  return null;
}

/** target = a + b·x is linear in x; solve for the x that makes the stated target hold. */
function solveFor(d: LinearDerivation, x: Figure): Rational | null {
  const target = d.target.stated;
  if (target === null) return null;
  const at = (v: Rational) => linearValue(d, (f) => (f === x ? v : f.stated));
  const a = at(rat(0));
  const a1 = at(rat(1));
  if (!a || !a1) return null;
  const b = sub(a1, a);
  if (eq(b, rat(0))) return null;
  const value = div(sub(target, a), b);
  // Only whole amounts in the figure's own unit are plausible typos.
  const inUnit = div(value, rat(x.scale));
  return inUnit.den === 1n ? mul(inUnit, rat(x.scale)) : null;
}
