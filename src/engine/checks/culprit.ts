/**
 * Culprit search (DESIGN §3: flag the cell that holds the figure that is wrong).
 * Evaluation alone flags *derived* cells; when the real typo sits in a plain
 * input — a prior-year amount that feeds both the column total and the row's
 * change — every derived cell around it disagrees. An input is the culprit when
 * the value one failing identity needs clears every failing identity it feeds,
 * raises no new failure, and no other input could do the same. Run on one
 * cluster of findings and its neighbourhood (clusters.ts), so other slips
 * elsewhere in the book neither hide nor fake a culprit. Findings no single input
 * explains may come from two slipped inputs that share a sum: culpritPairs.ts.
 */
import { eq, type Rational } from '../rational';
import { evaluate, type Confirmations } from './evaluate';
import { findPairs } from './culpritPairs';
import { feeds, solveFor } from './solve';
import type { Derivation, Figure, LinearDerivation, RawFinding } from './ledger';

export interface Culprit {
  readonly figure: Figure;
  readonly expected: Rational;
  /** The identity that fixes the value (for the rule and the explanation). */
  readonly via: LinearDerivation;
}

/**
 * `culprit`: the input to flag instead of the findings it `clears`. `suspects`: a
 * failing identity whose target other identities confirm, with several inputs
 * that could each be the slip — the target is reported without a proposed
 * figure, naming the suspects.
 */
export type Diagnosis =
  | { readonly kind: 'culprit'; readonly culprit: Culprit; readonly clears: ReadonlySet<Figure> }
  | { readonly kind: 'suspects'; readonly root: RawFinding; readonly suspects: readonly Figure[] };

interface Candidate extends Culprit {
  readonly root: RawFinding;
  /** The failing identities the input feeds: all must clear. */
  readonly explains: ReadonlySet<RawFinding>;
  readonly clears: ReadonlySet<Figure>;
}

/**
 * `derivations`: the cluster's neighbourhood, in dependency order; `findings`: the cluster;
 * `agreedTargets`: the figures an identity that holds confirms (of the neighbourhoods, clusters.ts).
 */
export function diagnose(
  derivations: readonly Derivation[],
  findings: readonly RawFinding[],
  agreedTargets: ReadonlySet<Figure>,
  confirmedByStated: Confirmations,
): Diagnosis[] {
  const roots = findings.filter((f) => f.cause === f.derivation.target.cell);
  if (roots.length === 0) return [];
  const derivedTargets = new Set(derivations.map((d) => d.target));
  const failing = new Set(findings.map((f) => f.derivation));
  // `confirmedByStated` covers the whole book and `agreedTargets` every neighbourhood: ask
  // them about the few targets in question rather than scanning them per cluster (quadratic in slips).
  const confirmed = {
    has: (fig: Figure) =>
      agreedTargets.has(fig) || (confirmedByStated.get(fig)?.some((d) => !failing.has(d)) ?? false),
  };
  const before = new Set(evaluate(derivations).map((f) => f.derivation.target));
  const found: Candidate[] = [];
  const tried = new Set<Figure>();
  for (const root of roots) {
    const d = root.derivation;
    if (d.kind !== 'linear') continue;
    for (const term of d.terms) {
      const x = term.fig;
      if (tried.has(x) || derivedTargets.has(x) || x.stated === null || !x.cell) continue;
      tried.add(x);
      const explains = new Set(roots.filter((r) => feeds(x, r.derivation)));
      // A lone failing identity says nothing about which side is wrong unless its
      // target is confirmed by another identity; two or more failures pin an input.
      if (explains.size < 2 && !confirmed.has(d.target)) continue;
      const value = solveFor(d, x);
      if (value === null || eq(value, x.stated)) continue;
      const after = new Set(evaluate(derivations, new Map([[x, value]])).map((f) => f.derivation.target));
      if (![...after].every((t) => before.has(t)) || [...explains].some((r) => after.has(r.derivation.target))) continue;
      const clears = new Set([...before].filter((t) => !after.has(t)));
      found.push({ figure: x, expected: value, via: d, root, explains, clears });
    }
  }
  const out: Diagnosis[] = [];
  for (const c of found) {
    const rivals = found.filter((o) => o !== c && [...o.explains].some((r) => c.explains.has(r)));
    if (rivals.length === 0) out.push({ kind: 'culprit', culprit: c, clears: c.clears });
  }
  // Findings no single input explains (not even ambiguously): two slipped inputs may (culpritPairs.ts).
  const taken = new Set(found.flatMap((c) => [...c.explains]));
  const open = roots.filter((r) => !taken.has(r));
  if (open.length >= 2) {
    const pairs = findPairs({
      derivations,
      roots,
      open,
      taken,
      isInput: (x) => !derivedTargets.has(x) && x.stated !== null && x.cell !== '',
      confirmed: (fig) => confirmed.has(fig),
      before,
    });
    for (const pair of pairs) {
      for (const culprit of pair.members) out.push({ kind: 'culprit', culprit, clears: pair.clears });
    }
  }
  const root = roots[0];
  if (out.length === 0 && roots.length === 1 && root && root.derivation.kind === 'linear' && confirmed.has(root.derivation.target)) {
    // The target agrees with everything else: one of its parts is off, but not one we can pin.
    const parts = found.length ? found.map((f) => f.figure) : root.derivation.terms.map((t) => t.fig).filter((f) => f.cell);
    if (parts.length) out.push({ kind: 'suspects', root, suspects: parts });
  }
  return out;
}
