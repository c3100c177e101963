/**
 * Several errors in one cluster, solved in sequence (DESIGN §3: flag each cell that holds a
 * wrong figure). A real document may hold two or three wrong figures under one sum — a year's
 * amount mistyped in one row, another in a second row, a change printed without its sign —
 * and then no single input clears every failure (culprit.ts), so each failing identity would
 * be reported instead of the figures that broke them. Here the cluster is repaired one figure
 * at a time: at each step a correction (a figure set to the value one failing identity
 * needs) that leaves the fewest identities failing, every such correction followed in turn.
 * A repair ends with every identity holding; the one that changes the fewest figures is kept
 * when no other is as small (or when it alone undoes typing slips, typo.ts), and used
 * (clusters.ts) when it changes fewer figures than the findings it replaces. Each changed
 * figure is then one finding.
 */
import { eq, ratKey, type Rational } from '../rational';
import { linearValue } from '../rules/linear';
import { outcomeOn } from './evaluate';
import { solveFor } from './solve';
import { typoShaped } from './typo';
import { inputsOf } from './inputs';
import type { Derivation, Figure, LinearDerivation, RawFinding } from './ledger';

/** At most this many corrections in one cluster, and this many identity checks to find them. */
const MAX_STEPS = 8;
const MAX_CHECKS = 400_000;
/** The most inputs tried of an identity a correction broke. */
const MAX_ONWARD = 64;

interface Move {
  readonly figure: Figure;
  readonly value: Rational;
}

interface Search {
  readonly derivations: readonly Derivation[];
  /** The identities that fail as stated. */
  initial: ReadonlySet<Derivation>;
  checks: number;
  /** Sets of corrections already followed, whatever the order they were reached in. */
  readonly seen: Set<string>;
  /** Every repair found, by its set of corrections. */
  readonly repairs: Map<string, ReadonlyMap<Figure, Rational>>;
  /** The most corrections a repair may make: as asked, then the fewest found so far. */
  limit: number;
}

export interface Repair {
  readonly corrections: ReadonlyMap<Figure, Rational>;
  readonly findings: RawFinding[];
}

/**
 * The smallest repair of a neighbourhood (`derivations`, in dependency order) with at most
 * `limit` corrections, or null when there is none or another as small.
 */
export function repairInSequence(derivations: readonly Derivation[], limit: number = MAX_STEPS): Repair | null {
  const search: Search = { derivations, initial: new Set(), checks: 0, seen: new Set(), repairs: new Map(), limit };
  const initial = failingOf(search, new Map());
  if (initial === null || initial.size < 2) return null;
  search.initial = initial;
  if (!explore(search, new Map(), initial, 0)) return null;
  const repairs = [...search.repairs.values()];
  const fewest = Math.min(...repairs.map((r) => r.size));
  let best = repairs.filter((r) => r.size === fewest);
  // Repairs as small as each other: the one whose every correction undoes a typing slip, if
  // only one does; otherwise the figures cannot be pinned.
  if (best.length > 1) best = best.filter((r) => [...r].every(([f, v]) => typoShaped(f, v)));
  if (best.length !== 1) return null;
  const corrections = best[0] as ReadonlyMap<Figure, Rational>;
  const findings = findingsOf(derivations, corrections, initial);
  return findings ? { corrections, findings } : null;
}

/**
 * Follows every correction that leaves the fewest failures (fewer than now) until none is
 * left; false when the budget ran out. Corrections that tie are each followed: the same set
 * reached in another order is met once.
 */
function explore(search: Search, overrides: ReadonlyMap<Figure, Rational>, failing: ReadonlySet<Derivation>, depth: number): boolean {
  if (failing.size === 0) {
    search.repairs.set(keyOf(overrides), overrides);
    search.limit = Math.min(search.limit, overrides.size);
    return true;
  }
  if (depth >= MAX_STEPS || overrides.size >= search.limit) return true;
  let fewest = failing.size;
  let best: { move: Move; after: Set<Derivation> }[] = [];
  for (const move of movesOf(search.derivations, overrides, failing, search.initial)) {
    const after = failingOf(search, new Map([...overrides, [move.figure, move.value]]));
    if (after === null) return false;
    if (after.size < fewest) {
      fewest = after.size;
      best = [{ move, after }];
    } else if (after.size === fewest && best.length) best.push({ move, after });
  }
  for (const { move, after } of best) {
    const next = new Map([...overrides, [move.figure, move.value]]);
    const key = keyOf(next);
    if (search.seen.has(key)) continue;
    search.seen.add(key);
    if (!explore(search, next, after, depth + 1)) return false;
  }
  return true;
}

function keyOf(overrides: ReadonlyMap<Figure, Rational>): string {
  return [...overrides].map(([f, v]) => `${f.sheet}!${f.cell}=${ratKey(v)}`).sort().join('|');
}

/** The identities that fail on the stated values with the corrections so far; null past the budget. */
function failingOf(search: Search, overrides: ReadonlyMap<Figure, Rational>): Set<Derivation> | null {
  search.checks += search.derivations.length;
  if (search.checks > MAX_CHECKS) return null;
  const valueOf = valuesOf(search.derivations, overrides);
  const out = new Set<Derivation>();
  for (const d of search.derivations) {
    if (d.target.stated === null && !overrides.has(d.target)) continue;
    const outcome = outcomeOn(d, valueOf);
    if (outcome !== 'skip' && !outcome.agrees) out.add(d);
  }
  return out;
}

/** Stated values with the corrections, and the values of figures no cell states computed in order. */
function valuesOf(derivations: readonly Derivation[], overrides: ReadonlyMap<Figure, Rational>): (f: Figure) => Rational | null {
  const computed = new Map<Figure, Rational>();
  const valueOf = (f: Figure): Rational | null => overrides.get(f) ?? computed.get(f) ?? f.stated;
  for (const d of derivations) {
    if (d.target.stated !== null || computed.has(d.target)) continue;
    const v = d.kind === 'linear' ? linearValue(d, valueOf) : d.kind === 'product' ? d.exact : null;
    if (v !== null) computed.set(d.target, v);
  }
  return valueOf;
}

/**
 * The corrections worth trying, each figure changed once: a failing identity's target set to
 * what its inputs give, and an input set to what a failing identity needs when it is shared by
 * two or more failing identities or the identity failed only once a correction was made (the
 * correction goes on through it: a 소계 corrected, its one part must follow). An input of one
 * failing identity alone otherwise clears no more than its target would, and a sum over a
 * thousand rows would make a thousand such tries.
 */
function movesOf(
  derivations: readonly Derivation[],
  overrides: ReadonlyMap<Figure, Rational>,
  failing: ReadonlySet<Derivation>,
  initial: ReadonlySet<Derivation>,
): Move[] {
  const valueOf = valuesOf(derivations, overrides);
  const shared = new Map<Figure, number>();
  for (const d of failing) for (const f of inputsOf(d)) shared.set(f, (shared.get(f) ?? 0) + 1);
  for (const d of failing) if (shared.has(d.target)) shared.set(d.target, (shared.get(d.target) ?? 0) + 1);
  const out: Move[] = [];
  const seen = new Set<string>();
  const consider = (figure: Figure, value: Rational | null) => {
    if (value === null || figure.stated === null || !figure.cell || overrides.has(figure) || eq(value, figure.stated)) return;
    const key = `${figure.sheet}!${figure.cell}=${ratKey(value)}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ figure, value });
  };
  for (const d of failing) {
    const outcome = outcomeOn(d, valueOf);
    if (outcome !== 'skip') consider(d.target, outcome.expected);
    if (d.kind !== 'linear') continue;
    const onward = !initial.has(d) && d.terms.length <= MAX_ONWARD;
    for (const t of d.terms) if (onward || (shared.get(t.fig) ?? 0) >= 2) consider(t.fig, solveFor(d, t.fig, valueOf));
  }
  return out;
}

/**
 * One finding per corrected figure: as the target of an identity that failed and now holds,
 * or else as an input pinned by the identity that needs it (one with the fewest other
 * corrections in it, then the fewest terms, so the explanation reads by eye).
 */
function findingsOf(derivations: readonly Derivation[], overrides: ReadonlyMap<Figure, Rational>, initial: ReadonlySet<Derivation>): RawFinding[] | null {
  const valueOf = valuesOf(derivations, overrides);
  const out: RawFinding[] = [];
  for (const [figure, value] of overrides) {
    const own = derivations.find((d) => d.target === figure && initial.has(d));
    if (own) {
      out.push({ derivation: own, expected: value, cause: figure.cell, valueOf });
      continue;
    }
    const via = pinning(derivations, figure, overrides);
    if (!via) return null;
    out.push({ derivation: { ...via, target: figure }, expected: value, cause: figure.cell, solvedFrom: via, valueOf });
  }
  return out;
}

function pinning(derivations: readonly Derivation[], figure: Figure, overrides: ReadonlyMap<Figure, Rational>): LinearDerivation | null {
  let best: LinearDerivation | null = null;
  let bestOthers = Infinity;
  let bestTerms = Infinity;
  for (const d of derivations) {
    if (d.kind !== 'linear' || !d.terms.some((t) => t.fig === figure)) continue;
    const others = [d.target, ...d.terms.map((t) => t.fig)].filter((f) => f !== figure && overrides.has(f)).length;
    if (others < bestOthers || (others === bestOthers && d.terms.length < bestTerms)) {
      best = d;
      bestOthers = others;
      bestTerms = d.terms.length;
    }
  }
  return best;
}
