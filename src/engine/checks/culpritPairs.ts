/**
 * Two slipped plain inputs in one cluster (DESIGN §3). Two prior-year amounts under
 * one parent each break their own change and, together, the parent's sum: no single
 * input clears that sum, so the single search rejects both. A pair is flagged when
 * each input is solved from a failing identity the other does not feed, together
 * they clear every failing identity either feeds, they raise no new failure, and no
 * other pair explains any of the same findings. The search is capped: a cluster with
 * more hypotheses than the cap keeps its raw findings, since uniqueness is unproved.
 */
import { eq, ratKey, type Rational } from '../rational';
import { evaluate } from './evaluate';
import type { Derivation, Figure, LinearDerivation, RawFinding } from './ledger';
import { feeds, solveFor } from './solve';

/** At most this many solved inputs, and this many pair evaluations, per cluster. */
const MAX_MOVES = 40;
const MAX_PAIRS = 300;

export interface PairSearch {
  /** The cluster's neighbourhood, in dependency order. */
  readonly derivations: readonly Derivation[];
  /** The cluster's failing identities whose own target is the cause. */
  readonly roots: readonly RawFinding[];
  /** The roots no single input explains: the pair's inputs are solved from these. */
  readonly open: readonly RawFinding[];
  /** The roots a single input explains (or several, ambiguously): a pair stays clear of them. */
  readonly taken: ReadonlySet<RawFinding>;
  /** A plain input: stated in a cell and derived by no identity. */
  readonly isInput: (fig: Figure) => boolean;
  /** A target another identity that holds confirms. */
  readonly confirmed: (fig: Figure) => boolean;
  /** The targets that fail as stated. */
  readonly before: ReadonlySet<Figure>;
}

export interface PairMember {
  readonly figure: Figure;
  readonly expected: Rational;
  readonly via: LinearDerivation;
}

export interface Pair {
  readonly members: readonly [PairMember, PairMember];
  readonly clears: ReadonlySet<Figure>;
}

interface Move extends PairMember {
  /** The failing identities the input feeds: all must clear. */
  readonly explains: ReadonlySet<RawFinding>;
}

interface Explained extends Pair {
  readonly explains: ReadonlySet<RawFinding>;
}

export function findPairs(search: PairSearch): Pair[] {
  const moves = movesOf(search);
  if (moves === null) return [];
  const hypotheses = new Map<string, [Move, Move]>();
  const ids = new Map<Figure, number>();
  const id = (f: Figure) => ids.get(f) ?? (ids.set(f, ids.size), ids.size - 1);
  for (let i = 0; i < moves.length; i++) {
    for (let j = i + 1; j < moves.length; j++) {
      const a = moves[i] as Move;
      const b = moves[j] as Move;
      // Each input is pinned by an identity of its own: one the other does not feed.
      if (a.figure === b.figure || feeds(b.figure, a.via) || feeds(a.figure, b.via)) continue;
      const [p, q] = id(a.figure) < id(b.figure) ? [a, b] : [b, a];
      const key = `${id(p.figure)}=${ratKey(p.expected)}|${id(q.figure)}=${ratKey(q.expected)}`;
      if (hypotheses.has(key)) continue;
      if (hypotheses.size >= MAX_PAIRS) return [];
      hypotheses.set(key, [p, q]);
    }
  }
  const valid: Explained[] = [];
  for (const [a, b] of hypotheses.values()) {
    const overrides = new Map([[a.figure, a.expected], [b.figure, b.expected]]);
    const after = new Set(evaluate(search.derivations, overrides).map((f) => f.derivation.target));
    if (![...after].every((t) => search.before.has(t))) continue;
    const explains = new Set([...a.explains, ...b.explains]);
    if ([...explains].some((r) => after.has(r.derivation.target))) continue;
    const clears = new Set([...search.before].filter((t) => !after.has(t)));
    valid.push({ members: [member(a), member(b)], clears, explains });
  }
  // A rival pair that explains any of the same findings makes both ambiguous.
  return valid
    .filter((p) => !valid.some((o) => o !== p && [...o.explains].some((r) => p.explains.has(r))))
    .map(({ members, clears }) => ({ members, clears }));
}

/** Every input solved from a failing identity it feeds; null when there are too many to pair. */
function movesOf(search: PairSearch): Move[] | null {
  const moves: Move[] = [];
  const explainsOf = new Map<Figure, Set<RawFinding>>();
  for (const root of search.open) {
    const d = root.derivation;
    if (d.kind !== 'linear') continue;
    for (const { fig: x } of d.terms) {
      if (!search.isInput(x) || x.stated === null) continue;
      let explains = explainsOf.get(x);
      if (!explains) {
        explains = new Set(search.roots.filter((r) => feeds(x, r.derivation)));
        explainsOf.set(x, explains);
      }
      if ([...explains].some((r) => search.taken.has(r))) continue;
      // As for one culprit: a lone failing identity names no side unless its target is confirmed.
      if (explains.size < 2 && !search.confirmed(d.target)) continue;
      const value = solveFor(d, x);
      if (value === null || eq(value, x.stated)) continue;
      if (moves.length >= MAX_MOVES) return null;
      moves.push({ figure: x, expected: value, via: d, explains });
    }
  }
  return moves;
}

function member(m: Move): PairMember {
  return { figure: m.figure, expected: m.expected, via: m.via };
}

